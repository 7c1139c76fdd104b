package org.ordercycle.model.rules.pricing;

import static org.ordercycle.model.rules.SalesFormat.fmt;
import static org.ordercycle.model.rules.SalesFormat.pct;

/** The discounts every pricing rule applies after its own: steering, then the special discount. */
final class Discounts {
    private Discounts() {
    }

    /**
     * The price after a base {@code discount} on the list price, the steering discount for a
     * steered customer and the customer's special discount when its draw wins.
     */
    static Price apply(PricingView v, double discount, double steeringDiscount, String basis) {
        double price = v.listPrice() * (1 - discount);
        if (v.steered()) {
            price *= 1 - steeringDiscount;
        }
        boolean special = v.specialDraw() < v.specialChance();
        if (special) {
            price *= 1 - v.specialDiscount();
        }
        double agreed = price;
        return new Price(agreed, v.listPrice() * (1 - v.volumeDiscount()), () -> "price " + fmt(agreed) + " per unit: list "
                + fmt(v.listPrice()) + " less " + pct(discount) + " (" + basis + ")"
                + (v.steered() ? ", less " + pct(steeringDiscount) + " for taking another product" : "")
                + (special ? ", less a special discount of " + pct(v.specialDiscount()) : ""));
    }
}
