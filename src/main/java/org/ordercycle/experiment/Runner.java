package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ordercycle.api.Simulation;
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
            if (threads == 1) {
                List<ReplicationResult> results = new ArrayList<>();
                for (RunSpec spec : specs) {
                    results.add(one(spec));
                }
                return results;
            }
            return parallel(specs);
        } finally {
            progress.end();
        }
    }

    private List<ReplicationResult> parallel(List<RunSpec> specs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, specs.size())));
        try {
            List<Future<ReplicationResult>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> one(spec)));
            }
            List<ReplicationResult> results = new ArrayList<>();
            for (Future<ReplicationResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
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
