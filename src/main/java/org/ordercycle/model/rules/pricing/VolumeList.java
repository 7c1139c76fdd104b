package org.ordercycle.model.rules.pricing;

/** Siloed sales prices from the price list: the volume discount only, blind to cost and capacity. */
public record VolumeList(double steeringDiscount) implements PricingRule {

    @Override
    public Price decide(PricingView v) {
        return Discounts.apply(v, v.volumeDiscount(), steeringDiscount, "volume discount");
    }
}
