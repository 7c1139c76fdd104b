package org.ordercycle.model.rules.pricing;

/** The one place where a capacity-pricing setting becomes a pricing rule. */
public final class PricingRules {
    public static final String VOLUME_LIST = "list";
    public static final String CAPACITY_AWARE = "capacity";
    /** The step is off: the list price, no discount. */
    public static final String STEP_OFF = "step-off";

    private PricingRules() {
    }

    /** The rule of a capacity-pricing setting: list, capacity, or the plain list price when the step is off. */
    public static PricingRule of(String setting, PricingParams p) {
        return switch (setting) {
            case VOLUME_LIST -> new VolumeList(p.steeringDiscount());
            case CAPACITY_AWARE -> new CapacityAware(p.idleLoadDays(), p.scarceLoadDays(), p.idleDiscount(),
                    p.steeringDiscount());
            case STEP_OFF -> new ListPrice();
            default -> throw new IllegalArgumentException("unknown capacity-pricing setting '" + setting
                    + "'; allowed: " + VOLUME_LIST + ", " + CAPACITY_AWARE + ", " + STEP_OFF);
        };
    }
}
