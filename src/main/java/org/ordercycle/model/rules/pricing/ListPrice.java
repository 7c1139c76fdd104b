package org.ordercycle.model.rules.pricing;

/**
 * Without a pricing step (capacity-pricing step-off) nobody prices: the customer pays the list
 * price, without volume, special or steering discount, and the record shows the same price.
 */
public record ListPrice() implements PricingRule {

    @Override
    public Price decide(PricingView v) {
        return new Price(v.listPrice(), v.listPrice(), () -> "no pricing step: list price " + v.listPrice());
    }
}
