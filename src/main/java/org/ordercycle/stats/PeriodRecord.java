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
 */
public record PeriodRecord(int period, double startDay, String product, double demand, double forecast,
                           double plan, double ordered, double produced, double inventory, double backlog) {
}
