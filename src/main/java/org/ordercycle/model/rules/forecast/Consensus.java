package org.ordercycle.model.rules.forecast;

import java.util.Locale;

/**
 * Joint planning: marketing, production, sales and service build one forecast from the pooled
 * information (every open lead, including those service visits passed on) and production
 * plans it as it is: no inflation, no discount.
 */
public record Consensus(StatisticalForecast statistics) implements PlanningRule {

    @Override
    public PlanningDecision decide(PlanningView v) {
        double base = statistics.base(v);
        double pipeline = v.pipeline();
        return new PlanningDecision(base, 0, 0, base, 0, base,
                () -> v.demand().length > 0
                        ? String.format(Locale.ROOT, "one shared forecast of %.1f units from history and %.1f open lead units",
                                base, pipeline)
                        : "one shared forecast of " + StatisticalForecast.text(v, base));
    }

    @Override
    public boolean pooled() {
        return true;
    }
}
