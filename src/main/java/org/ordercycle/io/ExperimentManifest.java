package org.ordercycle.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ordercycle.policy.Policy;

/**
 * {@code manifest.json} of an experiment's output folder ({@code ordercycle compare --out}):
 * the scenario file and the SHA-256 of its bytes, the seed, the replications per policy, how
 * their number was chosen, every policy with every lever setting, the warm-up and how it was
 * chosen, the OrderCycle and Java versions, the operating system, the time (ISO-8601, UTC) and
 * the command line.
 *
 * @param scenarioFile    the scenario file that was run
 * @param scenarioName    its {@code name}
 * @param policies        the policies compared, in order (the first is the base of differences)
 * @param seed            the seed
 * @param replications    replications per policy actually run
 * @param precision       relative precision target, or NaN for a fixed number of replications
 * @param maxReplications most replications a precision run may use (ignored without a target)
 * @param warmupDays      warm-up deleted from every replication, in days
 * @param warmupMethod    how the warm-up was chosen
 * @param resumed         true when finished replications were taken from an earlier run
 * @param version         OrderCycle version, or {@code dev}
 * @param arguments       the command-line arguments after the program name
 */
public record ExperimentManifest(Path scenarioFile, String scenarioName, List<Policy> policies, long seed,
                                 int replications, double precision, int maxReplications, double warmupDays,
                                 String warmupMethod, boolean resumed, String version, List<String> arguments) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Builds the JSON object; reads the scenario file to hash it. */
    public ObjectNode toJson(Instant now) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("command", "compare");
        root.put("scenario", scenarioName);
        root.put("scenario_file", scenarioFile.getFileName().toString());
        root.put("scenario_path", scenarioFile.toAbsolutePath().normalize().toString());
        root.put("scenario_sha256", RunManifest.sha256(scenarioFile));
        root.put("seed", seed);
        root.put("replications", replications);
        if (Double.isNaN(precision)) {
            root.put("replications_rule", "fixed");
        } else {
            root.put("replications_rule", "sequential, relative precision " + precision + " on the primary measures,"
                    + " at most " + maxReplications);
            root.put("precision", precision);
            root.put("max_replications", maxReplications);
        }
        root.put("common_random_numbers", true);
        ArrayNode list = root.putArray("policies");
        for (Policy p : policies) {
            ObjectNode node = list.addObject();
            node.put("name", p.name());
            RunJson.putAll(node.putObject("levers"), p.settings());
        }
        ObjectNode warmup = root.putObject("warmup");
        warmup.put("days", warmupDays);
        warmup.put("method", warmupMethod);
        root.put("resumed", resumed);
        root.put("ordercycle_version", version);
        root.put("java_version", System.getProperty("java.version"));
        root.put("java_vendor", System.getProperty("java.vendor"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        root.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("command_line", RunManifest.commandLine(arguments));
        return root;
    }

    /** Writes the manifest atomically. */
    public void write(Path file) throws IOException {
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(Instant.now()));
        AtomicFiles.writeString(file, text + "\n");
    }
}
