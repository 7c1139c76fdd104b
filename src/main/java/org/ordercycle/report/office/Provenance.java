package org.ordercycle.report.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ordercycle.report.ReportException;

/**
 * Where a report folder's numbers come from, read from its {@code manifest.json}: what was run,
 * on which scenario, with which seed, version and command line, and when. The deck and the
 * workbook print it and take their file dates from it, so that the same folder gives the same
 * files. Immutable.
 *
 * @param command        compare, sweep, attribute or robustness
 * @param scenario       the scenario's name
 * @param scenarioFile   the scenario file's name
 * @param scenarioSha256 SHA-256 of the scenario file's bytes ("" when not recorded)
 * @param policies       policy names in manifest order
 * @param replications   replications per policy (or per design point), 0 when not recorded
 * @param replicationsRule how their number was chosen ("" when not recorded)
 * @param seed           the seed as written
 * @param warmup         the warm-up days and how they were chosen ("" when not recorded)
 * @param version        OrderCycle version
 * @param timestamp      when the run finished (UTC); the epoch when not recorded
 * @param commandLine    the command line that wrote the folder
 */
public record Provenance(String command, String scenario, String scenarioFile, String scenarioSha256,
                         List<String> policies, int replications, String replicationsRule, String seed, String warmup,
                         String version, Instant timestamp, String commandLine) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Provenance {
        policies = List.copyOf(policies);
    }

    /** Reads the manifest of a report folder; a clear error naming the file when it cannot. */
    public static Provenance of(Path folder) throws ReportException {
        Path file = folder.resolve("manifest.json");
        JsonNode m;
        try {
            m = Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : null;
        } catch (IOException e) {
            throw new ReportException(file + " cannot be read as JSON: " + e.getMessage());
        }
        if (m == null || !m.isObject()) {
            throw new ReportException(folder + " holds no run manifest (manifest.json): it is not the folder of a "
                    + "compare, sweep, attribute or robustness run.");
        }
        List<String> policies = new ArrayList<>();
        for (JsonNode p : m.path("policies")) {
            policies.add(p.isTextual() ? p.asText() : p.path("name").asText());
        }
        JsonNode w = m.path("warmup");
        String warmup = w.path("days").isNumber()
                ? w.path("days").asText() + " days (" + w.path("method").asText("as set in the scenario") + ")" : "";
        return new Provenance(m.path("command").asText(""), m.path("scenario").asText(""),
                m.path("scenario_file").asText(""), m.path("scenario_sha256").asText(""), policies,
                m.path("replications").asInt(0), m.path("replications_rule").asText(""), m.path("seed").asText(""),
                warmup, m.path("ordercycle_version").asText(""), instant(file, m.path("timestamp").asText("")),
                m.path("command_line").asText(""));
    }

    /** The manifest's time; a folder without one gets the epoch, so that its files stay reproducible. */
    private static Instant instant(Path file, String text) throws ReportException {
        if (text.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ReportException(file + ": timestamp must be an ISO-8601 instant such as 2026-12-07T04:21:55Z, "
                    + "was '" + text + "'.");
        }
    }

    /** The date of the run, e.g. 2026-12-07 (UTC). */
    public String date() {
        return timestamp.toString().substring(0, 10);
    }

    /** The lines of a method-and-provenance text, in reading order, without empty facts. */
    public List<String> facts() {
        List<String> f = new ArrayList<>();
        add(f, "Scenario", scenario + (scenarioFile.isEmpty() ? "" : " (file " + scenarioFile + ")"));
        add(f, "Scenario SHA-256", scenarioSha256);
        add(f, "Command", command);
        add(f, "Policies", String.join(", ", policies));
        add(f, "Replications", replications > 0 ? replications + (replicationsRule.isEmpty() ? ""
                : " (" + replicationsRule + ")") : "");
        add(f, "Seed", seed);
        add(f, "Warm-up deleted", warmup);
        add(f, "OrderCycle version", version);
        add(f, "Run finished (UTC)", timestamp.equals(Instant.EPOCH) ? "" : timestamp.toString());
        add(f, "Command line", commandLine);
        return f;
    }

    private static void add(List<String> facts, String name, String value) {
        if (!value.isBlank()) {
            facts.add(name + ": " + value);
        }
    }
}
