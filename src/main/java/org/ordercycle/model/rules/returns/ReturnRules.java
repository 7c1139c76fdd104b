package org.ordercycle.model.rules.returns;

/** The one place where a returns-procedure setting becomes a return rule. */
public final class ReturnRules {
    public static final String HANDOFFS = "handoffs";
    public static final String COORDINATED = "coordinated";

    private ReturnRules() {
    }

    /** The rule of a setting: handoffs or coordinated. */
    public static ReturnRule of(String setting) {
        return switch (setting) {
            case HANDOFFS -> new SequentialHandoffs();
            case COORDINATED -> new CoordinatedProcedure();
            default -> throw new IllegalArgumentException("unknown returns-procedure setting '" + setting
                    + "'; allowed: " + HANDOFFS + ", " + COORDINATED);
        };
    }
}
