package org.ordercycle.model.rules.escalation;

/** Step 6's escalation decision point: what happens to an order found at risk on its line. */
public interface EscalationRule {

    /** A pure function of the view and the rule's parameters. */
    Escalation decide(EscalationView view);
}
