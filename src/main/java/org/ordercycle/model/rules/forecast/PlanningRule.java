package org.ordercycle.model.rules.forecast;

/** Step 1's decision point: the forecast and the plan for one product and one period. */
public interface PlanningRule {

    /** A pure function of the view and the rule's parameters. */
    PlanningDecision decide(PlanningView view);

    /**
     * True when marketing, production, sales and service plan together, so the view's pipeline
     * holds every open lead, including those passed on by service visits.
     */
    default boolean pooled() {
        return false;
    }
}
