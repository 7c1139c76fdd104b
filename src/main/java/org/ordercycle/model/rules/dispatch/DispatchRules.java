package org.ordercycle.model.rules.dispatch;

/** The one place where a joint-scheduling setting becomes a dispatch rule. */
public final class DispatchRules {
    public static final String CAMPAIGN = "campaign";
    public static final String JOINT = "joint";

    private DispatchRules() {
    }

    /** The rule of a setting: campaign or joint; first come, first served when the scenario has no scheduling step. */
    public static DispatchRule of(String setting, DispatchParams p) {
        DispatchRule rule = switch (setting) {
            case CAMPAIGN -> new Campaign(p.campaignDays());
            case JOINT -> new SetupAwareDueDate(p.urgentSlackDays());
            default -> throw new IllegalArgumentException("unknown joint-scheduling setting '" + setting
                    + "'; allowed: " + CAMPAIGN + ", " + JOINT);
        };
        return p.scheduling() ? rule : new FirstComeFirstServed();
    }
}
