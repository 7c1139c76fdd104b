package org.ordercycle.model.rules.forecast;

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
}
