package org.ordercycle.model.rules.pricing;

/**
 * Sales hears from production how loaded the line is (capacity-pricing): below
 * {@code idleLoadDays} of backlog it grants at least {@code idleDiscount}, above
 * {@code scarceLoadDays} no discount at all, in between the volume discount.
 */
public record CapacityAware(double idleLoadDays, double scarceLoadDays, double idleDiscount, double steeringDiscount)
        implements PricingRule {

    @Override
    public Price decide(PricingView v) {
        double load = v.lineLoadDays();
        if (load < idleLoadDays) {
            return Discounts.apply(v, Math.max(v.volumeDiscount(), idleDiscount), steeringDiscount, "idle line");
        }
        if (load > scarceLoadDays) {
            return Discounts.apply(v, 0, steeringDiscount, "scarce capacity: no discount");
        }
        return Discounts.apply(v, v.volumeDiscount(), steeringDiscount, "volume discount");
    }
}
