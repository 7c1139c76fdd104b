package org.ordercycle.model.rules.dispatch;

/**
 * What a production line knows when it picks its next job: the jobs waiting in its queue, in
 * arrival order (index 0 first), and its own set-up and campaign. Read-only; the line keeps one
 * view over its live queue instead of copying the queue for every job it starts.
 */
public interface DispatchView {

    /** Jobs waiting (at least 1 when a rule is asked). */
    int jobs();

    /** Product index (0..products-1) of job {@code i}. */
    int product(int i);

    /** Hours of run time of job {@code i}, set-up excluded. */
    double hours(int i);

    /** Day the customer was promised for job {@code i} (a replenishment's due day otherwise). */
    double due(int i);

    /** Importance of job {@code i}'s customer (1 for a replenishment). */
    double importance(int i);

    /** True when job {@code i} was expedited and must go next. */
    boolean expedite(int i);

    /** Arrival number of job {@code i}: lower came first. */
    long sequence(int i);

    /** Product the line is set up for, or -1 before its first job. */
    int setup();

    /** Run hours the line has spent on its set-up product since the last changeover. */
    double campaignHours();

    /** Regular hours the line works per day under the current plan. */
    double regularHoursPerDay();

    /** Number of products of the company (product indices are below it). */
    int products();

    /** Now, in days. */
    double now();
}
