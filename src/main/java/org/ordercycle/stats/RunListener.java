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

    /** A step in the journey of the traced order (only the order given as traced). */
    default void trace(long orderId, TraceEvent event) {
    }

    /** Id of the order whose journey to report through {@link #trace}, or -1 for none. */
    default long tracedOrder() {
        return -1;
    }
}
