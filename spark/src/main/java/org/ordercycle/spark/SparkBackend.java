package org.ordercycle.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.ordercycle.experiment.Backend;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.RunSpec;
import org.ordercycle.experiment.Runner;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * Runs an experiment's replications on a Spark cluster. The driver takes the runs already in the
 * shared store, sends the others to the executors in chunks (one partition per chunk, in the
 * order a local run runs them), and puts the results back in spec order. Since a replication is
 * a pure function of its spec, the results, and so the tables, are those of a local run whatever
 * the number of executors or partitions and whatever tasks were retried.
 */
final class SparkBackend implements Backend {
    private final JavaSparkContext spark;
    private final int partitions;
    private final SharedStore store;
    private final PrintWriter log;
    private final LongAccumulator simulated;
    private final boolean failFirstAttempts;

    /**
     * @param partitions        chunks per job (0: Spark's default parallelism)
     * @param store             shared store of finished runs, or null
     * @param log               where one line per job is written, or null
     * @param simulated         counts the replications the executors simulate
     * @param failFirstAttempts make the first attempt of every task fail (retry tests)
     */
    SparkBackend(JavaSparkContext spark, int partitions, SharedStore store, PrintWriter log,
                 LongAccumulator simulated, boolean failFirstAttempts) {
        this.spark = spark;
        this.partitions = partitions;
        this.store = store;
        this.log = log;
        this.simulated = simulated;
        this.failFirstAttempts = failFirstAttempts;
    }

    @Override
    public List<ReplicationResult> run(String label, List<RunSpec> specs) {
        return run(label, specs, UnaryOperator.identity());
    }

    /** As a local run does: each result is cut down to what {@code keep} leaves as soon as it is read. */
    @Override
    public List<ReplicationResult> run(String label, List<RunSpec> specs, UnaryOperator<ReplicationResult> keep) {
        ReplicationResult[] results = new ReplicationResult[specs.size()];
        String[] fingerprints = new String[specs.size()];
        Map<Scenario, Integer> scenarioIndex = new IdentityHashMap<>();
        // a fingerprint serialises the whole scenario: made once per scenario, policy and seed, not per replication
        Map<Scenario, Map<String, String>> fingerprintsOf = new IdentityHashMap<>();
        List<String> scenarioTexts = new ArrayList<>();
        List<TaskSpec> tasks = new ArrayList<>();
        // the policies of a replication side by side, as a local run orders them: the executors'
        // compiler then sees every policy's branches before it compiles the model, instead of
        // compiling it for the first policy and again when the next begins
        for (int i : Runner.executionOrder(specs)) {
            RunSpec spec = specs.get(i);
            String fingerprint = fingerprintsOf.computeIfAbsent(spec.scenario(), s -> new HashMap<>())
                    .computeIfAbsent(spec.policy().settings() + "|" + spec.seed(),
                            k -> ResultStore.fingerprint(spec));
            fingerprints[i] = fingerprint;
            String file = ResultStore.relativePath(spec);
            Optional<ReplicationResult> stored = store == null ? Optional.empty() : store.find(file, fingerprint);
            if (stored.isPresent()) {
                results[i] = keep.apply(stored.get());
                continue;
            }
            int scenario = scenarioIndex.computeIfAbsent(spec.scenario(), s -> {
                scenarioTexts.add(ScenarioText.of(s));
                return scenarioTexts.size() - 1;
            });
            tasks.add(new TaskSpec(i, spec.point(), scenario, spec.policy().name(),
                    Map.copyOf(PolicyCodec.names(spec.policy())), spec.seed(), spec.replication(), fingerprint, file));
        }
        if (log != null) {
            log.printf("%s: %d runs, %d already in the store, %d on the cluster%n", label, specs.size(),
                    specs.size() - tasks.size(), tasks.size());
            log.flush();
        }
        if (!tasks.isEmpty()) {
            Broadcast<List<String>> scenarios = spark.broadcast(List.copyOf(scenarioTexts));
            int slices = Math.min(tasks.size(), partitions > 0 ? partitions : spark.defaultParallelism());
            JavaRDD<TaskSpec> rdd = spark.parallelize(tasks, slices);
            List<IndexedResult> done = rdd.mapPartitions(
                    new ReplicationTask(scenarios, store, simulated, failFirstAttempts)).collect();
            // read back on all the driver's cores: a result's text is large, and reading it costs
            // several milliseconds (each result goes to its own slot, so the order does not matter)
            done.parallelStream().forEach(r -> {
                RunSpec spec = specs.get(r.index());
                results[r.index()] = keep.apply(ResultStore.decode(fingerprints[r.index()], r.stored()).orElseThrow(() ->
                        new IllegalStateException("the result of replication " + spec.replication() + " of policy "
                                + spec.policy().name() + " at point " + spec.point() + " came back unreadable")));
            });
            scenarios.destroy();
        }
        return List.of(results);
    }
}
