package org.ordercycle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ordercycle.api.Simulation;
import org.ordercycle.io.OcelLog;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;

/**
 * {@code --ocel}: the order journeys of replication 0 as an OCEL 2.0 event log per policy, in
 * {@code OUT/ocel/<policy>.json}. Replication 0 is simulated once more with the log listening:
 * the same seed and replication give the same run, so the log shows exactly the run reported.
 */
final class OcelExport {
    /** The folder inside --out. */
    static final String FOLDER = "ocel";

    private OcelExport() {
    }

    /** Writes one log per policy; {@code scenario} must carry the warm-up the run used. */
    static void write(Path out, Scenario scenario, List<Policy> policies, long seed) throws IOException {
        for (Policy policy : policies) {
            try (OcelLog log = new OcelLog(file(out, policy))) {
                Simulation.replicate(scenario, policy, seed, 0, log);
                log.commit();
            }
        }
    }

    /** {@code OUT/ocel/<policy name in lower case, other characters than letters and digits as dashes>.json}. */
    static Path file(Path out, Policy policy) {
        String slug = policy.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return out.resolve(FOLDER).resolve(slug + ".json");
    }
}
