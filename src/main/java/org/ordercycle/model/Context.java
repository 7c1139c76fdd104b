package org.ordercycle.model;

import java.util.function.Supplier;
import umontreal.ssj.simevents.Simulator;

/**
 * What every department of one replication shares, whatever its package: the replication's
 * clock, its collection schedule and the reporting of traced orders. Departments get it from {@code Company} when they
 * are wired; nothing else of the company is visible to them.
 */
public interface Context {
    /** The replication's simulator: its clock and its event list. */
    Simulator sim();

    /** Runs {@code action} after {@code delay} days on the replication's clock. */
    void after(double delay, Runnable action);

    /**
     * The next batch collection (inbox, dock pick-up, carrier round) at or after t: collections
     * happen every {@code interval} days from the opening of the first shift; t itself when
     * interval is 0.
     */
    double nextCollection(double t, double interval);

    /** Reports a moment of a traced order's journey, under its current owner; the text is built only when the order is traced. */
    void trace(Order o, Step step, String what, Supplier<String> detail);

    /**
     * Reports a moment of a traced order's journey, for work done by {@code owner}; the text is
     * built only when the order is traced.
     */
    void traceAs(Order o, Step step, String owner, String what, Supplier<String> detail);
}
