package org.ordercycle.model.rules.forecast;

/**
 * What the planners of one product know at the start of a planning period. Arrays hold past
 * periods, oldest first, all of the same length; units are product units per period.
 *
 * @param demand          units customers ordered in each past period
 * @param forecast        the forecast handed to production in each past period
 * @param pipelineHistory lead units open in the pipeline at the start of each past period
 * @param pipeline        lead units open in the pipeline now (leads seen, not yet quoted); which leads
 *                        it counts depends on who plans (marketing alone, or the consensus that also
 *                        hears about the leads service visits passed on)
 * @param conversion      share of lead units that became orders so far (1 before any lead)
 * @param anchor          marketing's systematic inflation last period (NaN before the first)
 * @param shortage        share of last period's demand that was backordered (marketing's stock-outs)
 * @param judgement       this period's persistent judgement deviation, a standard normal (AR(1))
 */
public record PlanningView(double[] demand, double[] forecast, double[] pipelineHistory, double pipeline,
                           double conversion, double anchor, double shortage, double judgement) {

    public PlanningView {
        if (demand.length != forecast.length || demand.length != pipelineHistory.length) {
            throw new IllegalArgumentException("demand, forecast and pipeline histories differ in length");
        }
    }
}
