package org.ordercycle.model.rules.pricing;

import java.util.function.Supplier;

/**
 * The price sales agrees with the customer, and why.
 *
 * @param agreed the agreed price per unit, all discounts applied
 * @param record the price per unit on the price list after the volume discount: what a record
 *               keyed from the price list shows
 * @param reason the sentence for the trace, built only when asked
 */
public record Price(double agreed, double record, Supplier<String> reason) {
}
