package org.ordercycle.model.rules.dispatch;

/** Step 6's dispatch decision point: which waiting job a free line takes next. */
public interface DispatchRule {

    /** A pure function of the view and the rule's parameters; the view holds at least one job. */
    Dispatch choose(DispatchView view);

    /** True when the rule serves jobs by (importance-adjusted) due date, so estimates count only earlier ones. */
    default boolean byDueDate() {
        return false;
    }
}
