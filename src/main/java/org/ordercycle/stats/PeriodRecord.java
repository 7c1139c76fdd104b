package org.ordercycle.stats;

/**
 * What planning saw and did for one product in one planning period (units). Periods start at
 * the beginning of the run, warm-up included, so that charts can show the whole history.
 *
 * @param period      period index from 0
 * @param startDay    simulated day the period starts
 * @param product     product id
 * @param demand      units ordered by customers during the period
 * @param forecast    forecast handed to production (marketing's inflated one, or the consensus)
 * @param plan        production plan: what production commits to after its own adjustment
 * @param ordered     units ordered from the line for stock (make-to-stock) during the period
 * @param produced    units finished by the line during the period
 * @param inventory   units in stock at the end of the period
 * @param backlog     units ordered by customers and not yet shipped at the end of the period
 * @param base        the statistical forecast from history and pipeline, before marketing's judgement
 */
public record PeriodRecord(int period, double startDay, String product, double demand, double forecast,
                           double plan, double ordered, double produced, double inventory, double backlog,
                           double base) {

    /** Marketing's inflation: forecast / base - 1 (0 under consensus; NaN when the base is 0). */
    public double inflation() {
        return base > 0 ? forecast / base - 1 : Double.NaN;
    }

    /** Production's estimate of that inflation, by which it discounts: forecast / plan - 1. */
    public double inflationEstimate() {
        return plan > 0 ? forecast / plan - 1 : Double.NaN;
    }

    /** Forecast minus actual demand, in units (positive: the forecast was too high). */
    public double forecastError() {
        return forecast - demand;
    }
}
