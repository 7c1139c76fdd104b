package org.ordercycle.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.ReplicationResult;

/**
 * One replication of a shipped scenario (the baseline by default) on one thread: the unit of
 * work of {@code run} and {@code compare}. Divide the orders placed of a replication (about
 * 26,000 for the baseline) by the time to get orders per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplicationBench {
    @Param({"scenarios/baseline.yaml"})
    public String scenario;

    @Param({"siloed", "joint"})
    public String policy;

    private Scenario loaded;
    private Policy chosen;
    private int replication;

    @Setup
    public void setUp() throws Exception {
        loaded = ScenarioLoader.load(Path.of(scenario));
        chosen = policy.equals("joint") ? Policy.JOINT : Policy.SILOED;
    }

    @Benchmark
    public ReplicationResult replicate() {
        return Simulation.replicate(loaded, chosen, 1, replication++ % 30);
    }
}
