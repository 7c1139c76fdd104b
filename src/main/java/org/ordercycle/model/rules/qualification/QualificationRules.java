package org.ordercycle.model.rules.qualification;

/** The one place where a capacity-info setting becomes a qualification rule. */
public final class QualificationRules {
    public static final String SIZE_ONLY = "off";
    public static final String SPARE_CAPACITY = "on";

    private QualificationRules() {
    }

    /** The rule of a capacity-info setting: off (size only) or on (spare capacity). */
    public static QualificationRule of(String setting, QualificationParams p) {
        return switch (setting) {
            case SIZE_ONLY -> new SizeOnly(p.minQualifiedSize());
            case SPARE_CAPACITY -> new SpareCapacity(p.minQualifiedSize(), p.idleLoadDays(), p.congestedLoadDays());
            default -> throw new IllegalArgumentException("unknown capacity-info setting '" + setting
                    + "'; allowed: " + SIZE_ONLY + ", " + SPARE_CAPACITY);
        };
    }
}
