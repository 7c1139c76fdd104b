package org.ordercycle.model;

import java.util.function.Supplier;
import umontreal.ssj.simevents.Simulator;

/**
 * What every department of one replication shares, whatever its package: the replication's
 * clock and the reporting of traced orders. Departments get it from {@code Company} when they
 * are wired; nothing else of the company is visible to them.
 */
public interface Context {
    /** The replication's simulator: its clock and its event list. */
    Simulator sim();

    /** Runs {@code action} after {@code delay} days on the replication's clock. */
    void after(double delay, Runnable action);

    /**
     * Reports a moment of a traced order's journey, for work done by {@code owner}; the text is
     * built only when the order is traced.
     */
    void traceAs(Order o, Step step, String owner, String what, Supplier<String> detail);
}
