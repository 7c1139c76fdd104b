package org.ordercycle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.SweepResult;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.io.Folders;
import org.ordercycle.io.RunManifest;
import org.ordercycle.policy.Policy;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --out DIR} folder of the sweep and attribute commands: created before a long run, its
 * store of finished runs ({@code DIR/.runs}) cleared unless resuming, and the common part of
 * {@code manifest.json}.
 */
final class ExperimentFolder {
    /** Folder of the finished runs inside --out. */
    static final String RUNS = ".runs";
    static final ObjectMapper JSON = new ObjectMapper();

    private ExperimentFolder() {
    }

    /** Folder of the tables inside a report folder. */
    static final String TABLES = org.ordercycle.report.Report.TABLES;
    /** System property naming the folder where default report folders go (for tests); default "reports". */
    static final String REPORTS_PROPERTY = "ordercycle.reports";

    /**
     * Checks the options, settles the report folder (a new {@code reports/<scenario>-<command>-<time>}
     * unless --out or --no-report), creates it and returns its store (null without a folder).
     */
    static ResultStore prepare(CommandLine cli, ExperimentOptions options, String command, String scenario)
            throws IOException {
        if (options.out == null && !options.noReport && !options.resume) {
            options.out = newReportFolder(Path.of(System.getProperty(REPORTS_PROPERTY, "reports")), scenario, command);
        } else if (options.out != null && !options.resume && !options.noReport
                && Files.isRegularFile(options.out.resolve("manifest.json"))) {
            throw new ParameterException(cli, "Invalid value for option '--out': " + options.out + " already holds a "
                    + "finished report (manifest.json). Reports are never overwritten: choose another folder, leave "
                    + "out --out for a new one, or add --resume to continue that run.");
        }
        return prepare(cli, options.out, options.resume);
    }

    /**
     * Creates and returns a new folder {@code <root>/<scenario>-<command>-<yyyyMMdd-HHmmss>[-n]}: a
     * run started in the same second as another gets the next free suffix, never the same folder.
     */
    static Path newReportFolder(Path root, String scenario, String command) throws IOException {
        return Folders.newReportFolder(root, scenario, command);
    }

    /** Checks the options, creates the folder and returns its store (null without --out). */
    static ResultStore prepare(CommandLine cli, Path out, boolean resume) throws IOException {
        if (out == null) {
            if (resume) {
                throw new ParameterException(cli, "Option '--resume' needs '--out DIR': the folder of the run to "
                        + "continue.");
            }
            return null;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ParameterException(cli, "Invalid value for option '--out': cannot create the folder "
                    + out + " (" + Main.describe(e) + ").");
        }
        if (!Files.isWritable(out)) {
            throw new ParameterException(cli, "Invalid value for option '--out': the folder " + out
                    + " cannot be written to.");
        }
        Path runs = out.resolve(RUNS);
        if (!resume && Files.exists(runs)) {
            Folders.deleteTree(runs);
        }
        removeLeftovers(out);
        return new ResultStore(runs);
    }

    /** The manifest fields every experiment shares; the caller adds its design. */
    static ObjectNode manifest(String command, Path scenarioFile, String scenarioName, long seed, int replications,
                               boolean resumed, List<String> arguments) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", command);
        root.put("scenario", scenarioName);
        root.put("scenario_file", scenarioFile.getFileName().toString());
        root.put("scenario_path", scenarioFile.toAbsolutePath().normalize().toString()); // for rerun
        root.put("scenario_sha256", RunManifest.sha256(scenarioFile));
        root.put("seed", seed);
        root.put("replications", replications);
        root.put("common_random_numbers", true);
        root.put("resumed", resumed);
        putRunContext(root, arguments);
        return root;
    }

    /** Where and when this run happened: versions, operating system, time and command line. */
    static void putRunContext(ObjectNode root, List<String> arguments) {
        root.put("ordercycle_version", Main.version());
        root.put("java_version", System.getProperty("java.version"));
        root.put("java_vendor", System.getProperty("java.vendor"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        root.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("command_line", RunManifest.commandLine(arguments));
    }

    /** Puts every entry of a map as a text field. */
    /** The policies and the design points of a sweep (or of a design run through one), with their warm-ups. */
    static void putSweep(ObjectNode m, SweepResult r, String method) {
        ArrayNode policies = m.putArray("policies");
        for (Policy p : r.policies()) {
            ObjectNode node = policies.addObject();
            node.put("name", p.name());
            putAll(node.putObject("levers"), p.settings());
        }
        ObjectNode design = m.putObject("design");
        design.put("method", method);
        design.putPOJO("parameters", r.parameters());
        ArrayNode points = design.putArray("points");
        for (SweepResult.Point p : r.points()) {
            ObjectNode node = points.addObject();
            node.put("point", p.id());
            putAll(node.putObject("values"), p.values());
            node.put("warmup_days", r.warmup(p.id()).days());
            node.put("warmup_method", r.warmup(p.id()).method());
        }
    }

    static void putAll(ObjectNode node, Map<String, String> map) {
        map.forEach(node::put);
    }

    /** Writes a manifest atomically. */
    static void write(Path file, ObjectNode manifest) throws IOException {
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    }

    /**
     * The hidden temporary files of {@code AtomicFiles}, {@code .<name>.<uuid>.tmp}, and of the
     * chart export, which adds the format's extension.
     */
    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp(\\.(png|svg|pdf))?");

    /**
     * Deletes the temporary files a killed run left behind: in the folder itself (not below it,
     * since --out may be any folder of the user's), in its tables and charts, and anywhere in its
     * store.
     */
    private static void removeLeftovers(Path out) throws IOException {
        for (Path root : new Path[] {out, out.resolve(TABLES), out.resolve("charts"), out.resolve(RUNS)}) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var files = Files.walk(root, root.equals(out.resolve(RUNS)) ? Integer.MAX_VALUE : 1)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (LEFTOVER.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
