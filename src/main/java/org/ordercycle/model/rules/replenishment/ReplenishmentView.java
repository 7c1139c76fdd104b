package org.ordercycle.model.rules.replenishment;

/**
 * What the planner of one make-to-stock product knows when it orders from the line (units).
 *
 * @param plan        expected demand per period (production's plan)
 * @param errorSd     standard deviation of one period's forecast error seen so far
 * @param stock       units on hand minus units backordered
 * @param supplyLine  units ordered from the line and not yet received
 * @param leadPeriods replenishment lead time in periods (the review period comes on top)
 */
public record ReplenishmentView(double plan, double errorSd, double stock, double supplyLine, double leadPeriods) {

    /** Safety stock over review period plus lead time: z x sd x sqrt(1 + lead). */
    double safetyStock(double z) {
        return z * errorSd * Math.sqrt(1 + leadPeriods);
    }
}
