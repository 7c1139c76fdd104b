package org.ordercycle.model.rules.selection;

/** Step 5's decision point: acceptance, priority and promise of a placed order. */
public interface SelectionRule {

    /** A pure function of the view and the rule's parameters. */
    Selection decide(SelectionView view);

    /** True when executives decide (their desk, time and queue priority); false for the sales desk. */
    default boolean byExecutives() {
        return false;
    }
}
