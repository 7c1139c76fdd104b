package org.ordercycle.model.rules.replenishment;

/** The one place where a replenishment setting becomes a rule. */
public final class ReplenishmentRules {
    public static final String ORDER_UP_TO = "order-up-to";
    public static final String ANCHORING = "anchoring";

    private ReplenishmentRules() {
    }

    /** The rule of a setting: order-up-to or anchoring. */
    public static ReplenishmentRule of(String setting, ReplenishmentParams p) {
        return switch (setting) {
            case ORDER_UP_TO -> new OrderUpTo(p.safetyFactor());
            case ANCHORING -> new Anchoring(p.safetyFactor(), p.stockAdjustment(), p.supplyLineWeight());
            default -> throw new IllegalArgumentException("unknown replenishment setting '" + setting
                    + "'; allowed: " + ORDER_UP_TO + ", " + ANCHORING);
        };
    }
}
