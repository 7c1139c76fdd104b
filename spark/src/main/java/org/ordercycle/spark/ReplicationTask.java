package org.ordercycle.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.ordercycle.api.Simulation;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.policy.Setting;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * What an executor does with one chunk of specs: rebuilds each scenario and policy, checks their
 * fingerprint against the driver's (once per executor JVM: {@link ExecutorCache}), runs the replication with the core library, keeps it in the
 * shared store and sends it back in the store's text form. Uses no table or chart library.
 */
final class ReplicationTask implements FlatMapFunction<Iterator<TaskSpec>, IndexedResult> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<List<String>> scenarios;
    private final SharedStore store;
    private final LongAccumulator simulated;
    private final boolean failFirstAttempt;

    ReplicationTask(Broadcast<List<String>> scenarios, SharedStore store, LongAccumulator simulated,
                    boolean failFirstAttempt) {
        this.scenarios = scenarios;
        this.store = store;
        this.simulated = simulated;
        this.failFirstAttempt = failFirstAttempt;
    }

    @Override
    public Iterator<IndexedResult> call(Iterator<TaskSpec> specs) {
        List<IndexedResult> out = new ArrayList<>();
        while (specs.hasNext()) {
            TaskSpec t = specs.next();
            String scenarioText = scenarios.value().get(t.scenario());
            Scenario scenario = ExecutorCache.scenario(scenarioText);
            Policy policy = policy(t);
            if (!ExecutorCache.matches(scenarioText, policy, t.seed(), t.fingerprint())) {
                throw new IllegalStateException("replication " + t.replication() + " of policy " + t.policyName()
                        + " at point " + t.point() + ": the scenario or policy rebuilt on the executor differs from"
                        + " the driver's; its results would not be those of a local run");
            }
            ReplicationResult result = Simulation.replicate(scenario, policy, t.seed(), t.replication());
            simulated.add(1);
            String stored = ResultStore.encode(t.fingerprint(), result);
            if (store != null) {
                store.save(t.storeFile(), stored);
            }
            out.add(new IndexedResult(t.index(), stored));
            if (failFirstAttempt && TaskContext.get().attemptNumber() == 0) {
                // test hook: the task dies after finishing (and storing) part of its chunk
                throw new IllegalStateException("first attempt of task " + TaskContext.get().partitionId()
                        + " made to fail (spark.ordercycle.test.failFirstAttempt)");
            }
        }
        return out.iterator();
    }

    private static Policy policy(TaskSpec t) {
        Map<Lever, Setting> levers = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : t.levers().entrySet()) {
            Setting s = PolicyCodec.setting(e.getKey(), e.getValue());
            levers.put(s.lever(), s);
        }
        return new Policy(t.policyName(), levers);
    }
}
