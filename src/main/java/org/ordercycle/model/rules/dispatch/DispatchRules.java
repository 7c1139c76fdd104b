package org.ordercycle.model.rules.dispatch;

/** The one place where a joint-scheduling setting becomes a dispatch rule. */
public final class DispatchRules {
    public static final String CAMPAIGN = "campaign";
    public static final String JOINT = "joint";
    /** The step is off: nobody schedules, every line is first come, first served. */
    public static final String STEP_OFF = "step-off";

    private DispatchRules() {
    }

    /** The rule of a setting: campaign, joint, or first come, first served when the step is off. */
    public static DispatchRule of(String setting, DispatchParams p) {
        return switch (setting) {
            case CAMPAIGN -> new Campaign(p.campaignDays());
            case JOINT -> new SetupAwareDueDate(p.urgentSlackDays());
            case STEP_OFF -> new FirstComeFirstServed();
            default -> throw new IllegalArgumentException("unknown joint-scheduling setting '" + setting
                    + "'; allowed: " + CAMPAIGN + ", " + JOINT + ", " + STEP_OFF);
        };
    }
}
