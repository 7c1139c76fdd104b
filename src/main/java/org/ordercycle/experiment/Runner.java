package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.ordercycle.api.Simulation;
import org.ordercycle.engine.Parallel;
import org.ordercycle.stats.ReplicationResult;

/**
 * Runs replications on a pool of threads and returns their results in the order of the specs,
 * so that tables are identical for any thread count. Finished runs are taken from, and saved
 * to, an optional {@link ResultStore}.
 */
public final class Runner implements Backend {
    private final int threads;
    private final Progress progress;
    private final ResultStore store;
    private final RunListener listener;

    /** @param store where finished runs are kept for resuming, or null */
    public Runner(int threads, Progress progress, ResultStore store) {
        this(threads, progress, store, RunListener.NONE);
    }

    /** @param listener hears every run start and finish (and may stop the runs; see {@link RunListener}) */
    public Runner(int threads, Progress progress, ResultStore store, RunListener listener) {
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.store = store;
        this.listener = listener;
    }

    /**
     * Results of the specs, in spec order. They are run replication by replication, with the
     * policies (and lever settings) of each replication side by side: the compiler then profiles
     * every policy's branches before it compiles the model, instead of deoptimising and compiling
     * it again when the second policy begins.
     */
    @Override
    public List<ReplicationResult> run(String label, List<RunSpec> specs) {
        return run(label, specs, UnaryOperator.identity());
    }

    @Override
    public List<ReplicationResult> run(String label, List<RunSpec> specs, UnaryOperator<ReplicationResult> keep) {
        int[] order = executionOrder(specs);
        List<RunSpec> inOrder = new ArrayList<>(specs.size());
        for (int i : order) {
            inOrder.add(specs.get(i));
        }
        progress.begin(label, specs.size());
        List<ReplicationResult> done;
        try {
            done = Parallel.map(inOrder, threads, spec -> keep.apply(one(spec)));
        } finally {
            progress.end();
        }
        ReplicationResult[] results = new ReplicationResult[specs.size()];
        for (int k = 0; k < order.length; k++) {
            results[order[k]] = done.get(k);
        }
        return List.of(results);
    }

    /**
     * Spec indices by point (in order of first appearance), then replication; otherwise as given.
     * Other backends (Spark) hand runs out in this order too, for the same reason.
     */
    public static int[] executionOrder(List<RunSpec> specs) {
        Map<String, Integer> pointRank = new HashMap<>();
        for (RunSpec s : specs) {
            pointRank.putIfAbsent(s.point(), pointRank.size());
        }
        return IntStream.range(0, specs.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> pointRank.get(specs.get(i).point()))
                        .thenComparingInt(i -> specs.get(i).replication()))
                .mapToInt(Integer::intValue).toArray();
    }

    private ReplicationResult one(RunSpec spec) {
        listener.starting(spec);
        String fingerprint = store == null ? null : ResultStore.fingerprint(spec); // once, for finding and saving
        Optional<ReplicationResult> stored = store == null ? Optional.empty() : store.find(spec, fingerprint);
        ReplicationResult result = stored.orElseGet(
                () -> Simulation.replicate(spec.scenario(), spec.policy(), spec.seed(), spec.replication()));
        if (store != null && stored.isEmpty()) {
            store.save(spec, fingerprint, result);
        }
        progress.advance(1);
        listener.finished(spec, result);
        return result;
    }
}
