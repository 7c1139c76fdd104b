package org.ordercycle.model.rules.service;

/** The one place where a service-link setting becomes a service rule. */
public final class ServiceRules {
    public static final String OFF = "off";
    public static final String ON = "on";

    private ServiceRules() {
    }

    /** The rule of a setting: off (technician alone) or on (briefed by sales). */
    public static ServiceRule of(String setting, ServiceParams p) {
        return switch (setting) {
            case OFF -> new TechnicianAlone(p);
            case ON -> new BriefedBySales(p);
            default -> throw new IllegalArgumentException("unknown service-link setting '" + setting
                    + "'; allowed: " + OFF + ", " + ON);
        };
    }
}
