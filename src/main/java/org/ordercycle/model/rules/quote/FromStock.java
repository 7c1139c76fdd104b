package org.ordercycle.model.rules.quote;

/**
 * The warehouse shares its stock (stock-info): when a make-to-stock product is on hand in the
 * quantity asked for, sales promises immediate delivery, which still takes the shipping time and
 * the company's usual promise buffer ({@code promiseBufferDays}); otherwise the standard lead time.
 */
public record FromStock(double promiseBufferDays) implements QuoteRule {

    @Override
    public Quote decide(QuoteView v) {
        if (v.makeToStock() && v.onHand() >= v.quantity()) {
            return new Quote(v.shippingDays() + promiseBufferDays, () -> "warehouse reports " + v.onHand()
                    + " units in stock: sales promises immediate delivery");
        }
        return new Quote(v.standardLeadTimeDays(), null);
    }
}
