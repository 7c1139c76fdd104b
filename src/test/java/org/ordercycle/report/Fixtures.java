package org.ordercycle.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.io.ExperimentManifest;
import org.ordercycle.io.TableFiles;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;

/** Report folders written the way compare writes them, from a short run of the classroom scenario. */
final class Fixtures {
    static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");

    private Fixtures() {
    }

    /** The classroom scenario over 60 days after a 10-day warm-up, with optional extra overrides. */
    static Scenario shortClassroom(Map<String, String> more) throws Exception {
        Map<String, String> overrides = new java.util.LinkedHashMap<>(Map.of("horizonDays", "60", "warmupDays", "10"));
        overrides.putAll(more);
        return ScenarioLoader.load(CLASSROOM, overrides);
    }

    /** Runs a comparison and writes its tables and manifest into {@code folder}, as compare does. */
    static Comparison compareFolder(Path folder, Scenario scenario, List<Policy> policies) throws Exception {
        Comparison c = Experiment.on(scenario).policies(policies).replications(3).seed(5).threads(2).run();
        for (var t : c.tables().entrySet()) {
            TableFiles.writeCsv(folder.resolve("tables").resolve(t.getKey()), t.getValue());
        }
        new ExperimentManifest(CLASSROOM, scenario.name(), policies, 5, c.replications(), Double.NaN,
                c.replications(), c.warmupDays(), c.warmupMethod(), false, "test", List.of("compare"))
                .write(folder.resolve("manifest.json"));
        return c;
    }
}
