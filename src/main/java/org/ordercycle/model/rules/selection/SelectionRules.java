package org.ordercycle.model.rules.selection;

/** The one place where a strategic-selection setting becomes a selection rule. */
public final class SelectionRules {
    public static final String JUNIOR = "junior";
    public static final String SENIOR = "senior-capacity";
    public static final String EXECUTIVE = "executive";

    private SelectionRules() {
    }

    /** The rule of a strategic-selection setting: junior, senior-capacity or executive. */
    public static SelectionRule of(String setting, SelectionParams p) {
        return switch (setting) {
            case JUNIOR -> new JuniorBySize(p.juniorMinSize());
            case SENIOR -> new SeniorWithCapacity(p.juniorMinSize());
            case EXECUTIVE -> new ExecutiveStrategic(p.capacityLimitDays(), p.minStrategicValue());
            default -> throw new IllegalArgumentException("unknown strategic-selection setting '" + setting
                    + "'; allowed: " + JUNIOR + ", " + SENIOR + ", " + EXECUTIVE);
        };
    }
}
