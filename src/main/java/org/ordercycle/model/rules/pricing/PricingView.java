package org.ordercycle.model.rules.pricing;

/**
 * What sales knows when it prices a quote.
 *
 * @param listPrice        the product's list price per unit
 * @param volumeDiscount   the price list's discount for the quantity asked for (0..1)
 * @param lineLoadDays     days of work queued on the product's line; only a rule that hears from
 *                         production (capacity-pricing) reads it
 * @param steered          true when sales steered the customer to this product (capacity-info)
 * @param specialDraw      a uniform in [0, 1) already drawn for this lead's special discount
 * @param specialChance    the customer segment's probability of winning a special discount
 * @param specialDiscount  that special discount (0..1)
 */
public record PricingView(double listPrice, double volumeDiscount, double lineLoadDays, boolean steered,
                          double specialDraw, double specialChance, double specialDiscount) {
}
