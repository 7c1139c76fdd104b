package org.ordercycle.stats;

/**
 * Receives what a replication reports beyond its summary values. Implementations must be cheap:
 * they are called from the event loop. Both methods default to doing nothing.
 */
public interface RunListener {
    /** Does nothing. */
    RunListener NONE = new RunListener() { };

    /** An order reached a terminal state, or the run ended with it in progress. */
    default void orderFinished(OrderRecord order) {
    }

    /**
     * A step in the journey of the traced order (only the order given as traced), or of every
     * order when {@link #followsEveryOrder()}.
     */
    default void trace(long orderId, TraceEvent event) {
    }

    /** Id of the order whose journey to report through {@link #trace}, or -1 for none. */
    default long tracedOrder() {
        return -1;
    }

    /**
     * True when this listener wants the journey of every order: {@link #trace} and
     * {@link #stepTime} are then called for all of them (the event log export). It costs the
     * text of every moment, so the default is false.
     */
    default boolean followsEveryOrder() {
        return false;
    }

    /**
     * Time an order spent in a step, from {@code from} to {@code to} (simulated days), as it is
     * added to the order's step times: the intervals of one order and step add up to its
     * columns in {@code orders.csv}. A job's end may lie after the end of the run, as there.
     * Called only when {@link #followsEveryOrder()}.
     *
     * @param department who the order waited for or was worked on by, or who received it after a hand-off
     */
    default void stepTime(long orderId, String step, String department, StepTime kind, double from, double to) {
    }
}
