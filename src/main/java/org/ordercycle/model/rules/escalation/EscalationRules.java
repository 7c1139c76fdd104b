package org.ordercycle.model.rules.escalation;

/** The one place where a joint-scheduling setting becomes an escalation rule. */
public final class EscalationRules {
    public static final String CAMPAIGN = "campaign";
    public static final String JOINT = "joint";

    private EscalationRules() {
    }

    /** The rule of a setting: campaign (marketing escalates) or joint (expedite within a budget). */
    public static EscalationRule of(String setting, EscalationParams p) {
        return switch (setting) {
            case CAMPAIGN -> new MarketingEscalates(p.escalationProbability());
            case JOINT -> new ExpediteWithinBudget(p.expediteMinImportance(), p.expediteBudgetPerPeriod());
            default -> throw new IllegalArgumentException("unknown joint-scheduling setting '" + setting
                    + "'; allowed: " + CAMPAIGN + ", " + JOINT);
        };
    }
}
