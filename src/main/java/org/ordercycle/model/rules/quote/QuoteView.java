package org.ordercycle.model.rules.quote;

/**
 * What sales knows when it quotes a lead time (days).
 *
 * @param makeToStock          true when the product is made to stock
 * @param onHand               units in the warehouse now; only a rule that hears from the
 *                             warehouse (stock-info) reads it
 * @param quantity             units the customer asks for
 * @param standardLeadTimeDays the product's standard lead time from the price list
 * @param shippingDays         expected days from the warehouse to the customer
 */
public record QuoteView(boolean makeToStock, int onHand, int quantity, double standardLeadTimeDays,
                        double shippingDays) {
}
