package org.ordercycle.model.rules.forecast;

import java.util.Locale;

/**
 * Siloed planning where production learns: it estimates marketing's inflation as the ratio of
 * smoothed forecasts to smoothed actual demand over the periods whose demand it already knows
 * (all but the last {@code lagPeriods}), smoothing with weight {@code rate}, starting from its rule
 * of thumb d / (1 - d); it then plans forecast / (1 + estimate).
 */
public record AdaptiveDiscount(StatisticalForecast statistics, MarketingJudgement marketing, double discount,
                               double rate, int lagPeriods) implements PlanningRule {

    @Override
    public PlanningDecision decide(PlanningView v) {
        double base = statistics.base(v);
        double anchor = marketing.anchor(v);
        double inflation = marketing.inflation(anchor, v);
        double forecast = base * (1 + inflation);
        double estimate = estimate(v.forecast(), v.demand());
        double plan = forecast / (1 + estimate);
        return new PlanningDecision(base, anchor, inflation, forecast, estimate, plan,
                () -> String.format(Locale.ROOT, "marketing adds %.0f%% to %s; production, reading history, believes %.0f%%",
                        100 * inflation, StatisticalForecast.text(v, base), 100 * estimate));
    }

    /** Production's estimate of the inflation from the known periods; the prior before any. */
    double estimate(double[] forecasts, double[] demands) {
        double prior = discount / (1 - discount);
        int known = forecasts.length - lagPeriods;
        double f = Double.NaN;
        double d = Double.NaN;
        for (int k = 0; k < known; k++) {
            if (!Double.isFinite(forecasts[k])) {
                continue;
            }
            if (Double.isNaN(d)) { // the prior as a pseudo-period of the first demand seen
                d = demands[k];
                f = (1 + prior) * demands[k];
            }
            f += rate * (forecasts[k] - f);
            d += rate * (demands[k] - d);
        }
        return Double.isNaN(d) || d <= 0 ? prior : Math.max(-0.99, f / d - 1);
    }
}
