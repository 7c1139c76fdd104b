package org.ordercycle.stats;

/**
 * The three kinds of time an order spends in a step, as in {@code orders.csv}: waiting in a
 * department's queue, being worked on (working time plus the closed hours inside the job), or
 * in a hand-off with no owner.
 */
public enum StepTime {
    WAITING, WORKED, UNATTENDED
}
