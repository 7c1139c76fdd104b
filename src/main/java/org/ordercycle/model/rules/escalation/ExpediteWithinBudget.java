package org.ordercycle.model.rules.escalation;

/**
 * Joint: production itself expedites an order at risk when its customer's importance is at least
 * {@code minImportance} and the line has granted fewer than {@code budgetPerPeriod} expedites
 * this planning period; nobody else pushes.
 */
public record ExpediteWithinBudget(double minImportance, int budgetPerPeriod) implements EscalationRule {

    @Override
    public Escalation decide(EscalationView v) {
        boolean expedite = v.importance() >= minImportance && v.expeditesUsed() < budgetPerPeriod;
        return new Escalation(expedite ? Escalation.Action.EXPEDITE : Escalation.Action.NONE, v.importance(),
                v.promisedAt());
    }
}
