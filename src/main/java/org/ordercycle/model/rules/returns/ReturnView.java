package org.ordercycle.model.rules.returns;

/**
 * What the returns desk knows when it has authorised a return.
 *
 * @param units            units the customer sends back
 * @param handoffInterval  days between batches of paperwork from one department to the next (0: at once)
 * @param collectionInterval days between the carrier's collection rounds (0: at once)
 */
public record ReturnView(int units, double handoffInterval, double collectionInterval) {
}
