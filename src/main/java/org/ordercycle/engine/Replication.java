package org.ordercycle.engine;

import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;

/** One replication: builds its own simulator, streams and model, runs them, returns the result. */
public final class Replication {
    private final Scenario scenario;
    private final Policy policy;
    private final long seed;
    private final int index;
    private final RunListener listener;

    public Replication(Scenario scenario, Policy policy, long seed, int index, RunListener listener) {
        this.scenario = scenario;
        this.policy = policy;
        this.seed = seed;
        this.index = index;
        this.listener = listener;
    }

    /** Runs the replication. */
    public ReplicationResult run() {
        throw new IllegalStateException("engine under construction");
    }
}
