package org.ordercycle.model.rules.forecast;

import java.util.Locale;

/**
 * The forecast a planner builds from data seen: the smoothed demand history, corrected by how far
 * the open pipeline stands above or below its own usual level (an unusually full pipeline means
 * more orders soon, at the conversion rate seen so far). Before any history: the pipeline alone.
 */
public record StatisticalForecast(Smoother smoother) {

    /** The base forecast in units, at least 0. */
    public double base(PlanningView v) {
        if (v.demand().length == 0) {
            return Math.max(0, v.conversion() * v.pipeline());
        }
        double level = smoother.level(v.demand(), 0);
        double usualPipeline = smoother.level(v.pipelineHistory(), v.pipeline());
        return Math.max(0, level + v.conversion() * (v.pipeline() - usualPipeline));
    }

    /**
     * The base as a trace reads it: "120.5 units", or before any history, where a base of 0 would
     * otherwise look like a fault, "0.0 units (no demand seen yet: the base is the open leads, 0.0 units)".
     */
    public static String text(PlanningView v, double base) {
        String units = String.format(Locale.ROOT, "%.1f units", base);
        return v.demand().length > 0 ? units : units + String.format(Locale.ROOT,
                " (no demand seen yet: the base is the open leads, %.1f units)", v.pipeline());
    }
}
