package org.ordercycle.model.rules.escalation;

import java.util.Locale;

/**
 * What happens to an order at risk, and why. The reason text is built only when asked (traces of
 * traced orders), so the review allocates no strings.
 *
 * @param action     nothing, an immediate expedite, or an escalation by marketing
 * @param importance the customer's importance, for the reason
 * @param promisedAt the promised day, for the reason
 */
public record Escalation(Action action, double importance, double promisedAt) {

    /** What the decision does to the order's job. */
    public enum Action {
        /** The job keeps its place in the queue. */
        NONE,
        /** Production expedites the job at once (joint schedule, within its budget). */
        EXPEDITE,
        /** Marketing spends time pushing the order; then production must take it next. */
        ESCALATE
    }

    /** A sentence for traces. */
    public String reason() {
        return switch (action) {
            case NONE -> "at risk, but not escalated";
            case EXPEDITE -> "at risk and important (importance " + fmt(importance)
                    + "): expedited in the joint schedule";
            case ESCALATE -> "promise is near (day " + fmt(promisedAt) + "): marketing escalates the order to production";
        };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
