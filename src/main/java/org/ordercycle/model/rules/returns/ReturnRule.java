package org.ordercycle.model.rules.returns;

/** Step 9's decision point: how an authorised return is handled; a pure function of the view. */
public interface ReturnRule {

    ReturnDecision decide(ReturnView view);
}
