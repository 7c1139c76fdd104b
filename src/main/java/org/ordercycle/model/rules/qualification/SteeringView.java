package org.ordercycle.model.rules.qualification;

import java.util.List;

/**
 * What sales knows when it quotes a lead whose product may be swapped for another of its family.
 *
 * @param flexible     true when the customer would accept another product of the same family
 *                     (drawn from the segment's flexible share)
 * @param product      id of the product the customer asked for
 * @param lineLoadDays days of work queued on that product's line
 * @param alternatives the other products of the same family with their lines' load, in the
 *                     scenario's product order
 */
public record SteeringView(boolean flexible, String product, double lineLoadDays, List<Alternative> alternatives) {

    /** Another product of the family and the days of work queued on its line. */
    public record Alternative(String product, double lineLoadDays) {
    }
}
