package org.ordercycle.api;

import java.util.List;
import java.util.stream.IntStream;
import org.ordercycle.engine.Parallel;
import org.ordercycle.model.Replication;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;

/**
 * The entry point shared by the command line, notebooks and tests. Every replication is a pure
 * function of (scenario, policy, seed, replication index); replication r uses substream r of
 * every random stream under every policy, so policies face the same customers (common random
 * numbers) and results do not depend on the number of threads.
 */
public final class Simulation {

    private Simulation() {
    }

    /** Runs one replication, reporting orders and traces to the listener. */
    public static ReplicationResult replicate(Scenario scenario, Policy policy, long seed, int replication,
                                              RunListener listener) {
        return new Replication(scenario, policy, seed, replication, listener).run();
    }

    /** Runs one replication without listener. */
    public static ReplicationResult replicate(Scenario scenario, Policy policy, long seed, int replication) {
        return replicate(scenario, policy, seed, replication, RunListener.NONE);
    }

    /**
     * Runs replications 0..n-1 on {@code threads} threads (1 runs in the caller's thread).
     * The result is identical for any thread count.
     */
    public static RunResult run(Scenario scenario, Policy policy, long seed, int replications, int threads) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        List<Integer> indices = IntStream.range(0, replications).boxed().toList();
        List<ReplicationResult> results = Parallel.map(indices, threads, r -> replicate(scenario, policy, seed, r));
        return new RunResult(scenario.name(), policy, seed, results);
    }
}
