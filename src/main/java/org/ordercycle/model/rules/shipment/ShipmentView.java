package org.ordercycle.model.rules.shipment;

/**
 * What shipping knows when goods leave for the customer.
 *
 * @param promisedAt   the day promised to the customer
 * @param expectedDone the day the order is expected done by standard freight: now plus the mean
 *                     transit, plus the expected installation on site for goods that need it
 */
public record ShipmentView(double promisedAt, double expectedDone) {
}
