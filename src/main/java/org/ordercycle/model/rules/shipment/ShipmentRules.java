package org.ordercycle.model.rules.shipment;

/** The one place where a promise-tracking setting becomes a shipment rule. */
public final class ShipmentRules {
    public static final String OFF = "off";
    public static final String ON = "on";

    private ShipmentRules() {
    }

    /** The rule of a setting: off (standard freight) or on (rescue orders at risk). */
    public static ShipmentRule of(String setting, ShipmentParams p) {
        return switch (setting) {
            case OFF -> new StandardFreight();
            case ON -> new RescueAtRisk(p.rescueMarginDays());
            default -> throw new IllegalArgumentException("unknown promise-tracking setting '" + setting
                    + "'; allowed: " + OFF + ", " + ON);
        };
    }
}
