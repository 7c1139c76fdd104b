package org.ordercycle.experiment;

import java.util.List;
import java.util.Optional;
import org.ordercycle.api.Simulation;
import org.ordercycle.engine.Parallel;
import org.ordercycle.stats.ReplicationResult;

/**
 * Runs replications on a pool of threads and returns their results in the order of the specs,
 * so that tables are identical for any thread count. Finished runs are taken from, and saved
 * to, an optional {@link ResultStore}.
 */
public final class Runner {
    private final int threads;
    private final Progress progress;
    private final ResultStore store;

    /** @param store where finished runs are kept for resuming, or null */
    public Runner(int threads, Progress progress, ResultStore store) {
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.store = store;
    }

    /** Results of the specs, in spec order. */
    public List<ReplicationResult> run(String label, List<RunSpec> specs) {
        progress.begin(label, specs.size());
        try {
            return Parallel.map(specs, threads, this::one);
        } finally {
            progress.end();
        }
    }

    private ReplicationResult one(RunSpec spec) {
        Optional<ReplicationResult> stored = store == null ? Optional.empty() : store.find(spec);
        ReplicationResult result = stored.orElseGet(
                () -> Simulation.replicate(spec.scenario(), spec.policy(), spec.seed(), spec.replication()));
        if (store != null && stored.isEmpty()) {
            store.save(spec, result);
        }
        progress.advance(1);
        return result;
    }
}
