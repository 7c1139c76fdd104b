package org.ordercycle.model.rules.forecast;

import java.util.Locale;

/**
 * Siloed planning with production's rule of thumb: marketing inflates, production takes a fixed
 * share {@code discount} off whatever it receives (its estimate of the inflation is d / (1 - d)).
 */
public record InflateAndDiscount(StatisticalForecast statistics, MarketingJudgement marketing, double discount)
        implements PlanningRule {

    @Override
    public PlanningDecision decide(PlanningView v) {
        double base = statistics.base(v);
        double anchor = marketing.anchor(v);
        double inflation = marketing.inflation(anchor, v);
        double forecast = base * (1 + inflation);
        double plan = forecast * (1 - discount);
        return new PlanningDecision(base, anchor, inflation, forecast, discount / (1 - discount), plan,
                () -> String.format(Locale.ROOT, "marketing adds %.0f%% to %s; production takes its usual %.0f%% off",
                        100 * inflation, StatisticalForecast.text(v, base), 100 * discount));
    }
}
