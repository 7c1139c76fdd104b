package org.ordercycle.model.rules.escalation;

/**
 * Siloed: marketing escalates an order at risk with probability {@code escalationProbability}
 * x importance (at most 1), pushing harder for the customers that matter more; production has no
 * budget and must obey.
 */
public record MarketingEscalates(double escalationProbability) implements EscalationRule {

    @Override
    public Escalation decide(EscalationView v) {
        boolean escalate = v.escalateUniform() < Math.min(1, escalationProbability * v.importance());
        return new Escalation(escalate ? Escalation.Action.ESCALATE : Escalation.Action.NONE, v.importance(),
                v.promisedAt());
    }
}
