package org.ordercycle.verify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Progress;
import org.ordercycle.experiment.RunSpec;
import org.ordercycle.experiment.Runner;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.ReplicationResult;

@Tag("scratch")
class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        int reps = Integer.parseInt(System.getenv().getOrDefault("REPS", "60"));
        long seed = Long.parseLong(System.getenv().getOrDefault("VDSEED", "1"));
        Scenario s = ScenarioLoader.load(Path.of("scenarios/validation/little.yaml"));
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            for (int r = 0; r < reps; r++) specs.add(new RunSpec("little.yaml", s, p, seed, r));
        }
        long t0 = System.nanoTime();
        List<ReplicationResult> res = new Runner(2, Progress.NONE, null).run("verify", specs);
        System.err.println("seconds " + (System.nanoTime() - t0) / 1e9);
        try (PrintWriter w = new PrintWriter("/tmp/vd/dump-" + seed + ".csv")) {
            w.println("policy,rep,key,value");
            for (ReplicationResult r : res) {
                for (Map.Entry<String, Double> e : r.values().entrySet()) {
                    if (e.getKey().startsWith("department[") || e.getKey().startsWith("system[")) {
                        w.println(r.policy() + "," + r.replication() + "," + e.getKey() + "," + e.getValue());
                    }
                }
            }
        }
    }
}
