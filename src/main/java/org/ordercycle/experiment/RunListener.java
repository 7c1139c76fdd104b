package org.ordercycle.experiment;

import org.ordercycle.stats.ReplicationResult;

/**
 * Hears each run of an experiment as it starts and finishes, for a live view of the estimates.
 * Called from worker threads, so implementations must be thread safe. Throwing
 * {@link java.util.concurrent.CancellationException} from {@link #starting} stops the experiment
 * before that run: runs already under way finish, no further run starts.
 */
public interface RunListener {
    /** Hears nothing. */
    RunListener NONE = (spec, result) -> {
    };

    /** A run is about to start (or to be taken from the store). */
    default void starting(RunSpec spec) {
    }

    /** A run finished with {@code result}. */
    void finished(RunSpec spec, ReplicationResult result);
}
