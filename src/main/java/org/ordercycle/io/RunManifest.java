package org.ordercycle.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ordercycle.policy.Policy;

/**
 * {@code manifest.json}: everything needed to reproduce a run's output folder: the scenario
 * file and the SHA-256 of its bytes, seed, replications, policy and every lever setting, the
 * OrderCycle and Java versions, the operating system, the time (ISO-8601, UTC) and the command.
 *
 * @param scenarioFile  the scenario file that was run
 * @param scenarioName  its {@code name}
 * @param policy        the policy, levers applied
 * @param seed          the seed
 * @param replications  number of replications
 * @param ordersWritten true when orders.csv was written (replication 0)
 * @param version       OrderCycle version, or {@code dev}
 * @param arguments     the command-line arguments after the program name
 * @param warmupDays    warm-up deleted from every replication, in days (NaN: not recorded)
 * @param policySource  what {@code --policy} named (siloed, joint or a policy file), or null
 * @param leverChanges  the {@code --lever NAME=VALUE} options applied on top of it, as given
 */
public record RunManifest(Path scenarioFile, String scenarioName, Policy policy, long seed, int replications,
                          boolean ordersWritten, String version, List<String> arguments, double warmupDays,
                          String policySource, Map<String, String> leverChanges) {

    /** A manifest without warm-up and policy source (they are then left out of the JSON). */
    public RunManifest(Path scenarioFile, String scenarioName, Policy policy, long seed, int replications,
                       boolean ordersWritten, String version, List<String> arguments) {
        this(scenarioFile, scenarioName, policy, seed, replications, ordersWritten, version, arguments, Double.NaN,
                null, Map.of());
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:,+@%-]+");

    /** Builds the JSON object; reads the scenario file to hash it. */
    public ObjectNode toJson(Instant now) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("command", "run");
        root.put("scenario", scenarioName);
        root.put("scenario_file", scenarioFile.getFileName().toString());
        root.put("scenario_path", scenarioFile.toAbsolutePath().normalize().toString());
        root.put("scenario_sha256", sha256(scenarioFile));
        root.put("seed", seed);
        root.put("replications", replications);
        root.put("policy", policy.name());
        RunJson.putAll(root.putObject("levers"), policy.settings());
        if (policySource != null) {
            root.put("policy_source", policySource);
            Path file = Path.of(policySource);
            if (Files.isRegularFile(file)) {
                root.put("policy_file_sha256", sha256(file));
            }
        }
        if (leverChanges != null && !leverChanges.isEmpty()) {
            RunJson.putAll(root.putObject("lever_changes"), leverChanges);
        }
        if (!Double.isNaN(warmupDays)) {
            root.putObject("warmup").put("days", warmupDays);
        }
        root.put("orders_csv", ordersWritten ? "replication 0" : "not written");
        root.put("ordercycle_version", version);
        root.put("java_version", System.getProperty("java.version"));
        root.put("java_vendor", System.getProperty("java.vendor"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        root.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("command_line", commandLine(arguments));
        return root;
    }

    /** Writes the manifest atomically. */
    public void write(Path file) throws IOException {
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(Instant.now()));
        AtomicFiles.writeString(file, text + "\n");
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The command as one would type it in a shell: {@code ordercycle} and the arguments, quoted where needed. */
    public static String commandLine(List<String> arguments) {
        StringBuilder sb = new StringBuilder("ordercycle");
        for (String a : arguments) {
            sb.append(' ').append(SAFE.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }
}
