package org.ordercycle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ordercycle.api.RunResult;
import org.ordercycle.api.Simulation;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.experiment.Progress;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.io.ExperimentManifest;
import org.ordercycle.io.Folders;
import org.ordercycle.io.KpiCsv;
import org.ordercycle.io.PeriodCsv;
import org.ordercycle.io.RunManifest;
import org.ordercycle.io.StagedFolder;
import org.ordercycle.io.TableFiles;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code ordercycle rerun}: repeats the run, comparison, sweep or lever attribution a
 * {@code manifest.json} records (same scenario bytes, seed, replications, every lever of every
 * policy, warm-up, design) and checks that the new tables are byte for byte the recorded ones.
 * Exit 0 when they are, 1 when they differ, 2 when the manifest or the scenario file is unusable
 * (e.g. the scenario changed since).
 */
@Command(name = "rerun", usageHelpWidth = 100, sortOptions = false,
        description = {"Repeat a run, comparison, sweep or lever attribution from its manifest.json and check that "
                + "its tables come out byte for byte the same.", "",
                "Reads the manifest.json that run, compare, sweep, robustness, sensitivity, discover or attribute "
                + "wrote, checks that the scenario file "
                + "still has the recorded SHA-256, runs the same experiment again "
                + "(scenario, seed, replications, every lever of every policy as recorded, warm-up, a sweep's design "
                + "points, an attribution's design) and compares every recorded table with the new one: kpis.csv "
                + "and periods.csv of a run; results, summary, comparison, lead_time_ecdf, periods and journeys of "
                + "a comparison; results and summary of a sweep (and of the design points of robustness, sensitivity and discover); effects, one_at_a_time and results of an "
                + "attribution.", "",
                "Prints 'reproduced exactly' (exit 0) or the first differing lines of each table (exit 1). "
                + "Policy files are not read again: the levers recorded in the manifest are used.", ""},
        footer = {"", "Examples:",
                "  ordercycle rerun results/joint/manifest.json",
                "  ordercycle rerun reports/baseline-compare-20261126-101500      (the report folder)",
                "  ordercycle rerun results/cmp/manifest.json --out results/cmp-again",
                "  ordercycle rerun old/manifest.json --scenario scenarios/baseline.yaml   (the file has moved)"})
final class RerunCommand implements Callable<Integer> {
    /** Differing lines shown per table. */
    static final int SHOWN = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Commands whose runs are a sweep over recorded design points: robustness over its assumptions,
     * sensitivity and discover over their sampled points. Their runs (results, summary) are repeated;
     * their indices, boxes and rules are computed from those runs alone.
     */
    static final List<String> SWEEPS = List.of("sweep", "robustness", "sensitivity", "discover");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "MANIFEST",
            description = "The manifest.json of a run, comparison, sweep or attribution (or the folder that holds "
                    + "it).")
    Path manifestFile;

    @Option(names = "--out", paramLabel = "DIR2",
            description = "Also write the new tables and their manifest to this folder (not the recorded one).")
    Path out;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "The scenario file, when it is no longer where the manifest says. Its SHA-256 must match.")
    Path scenarioOption;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run in parallel (results do not depend on it). "
                    + "Default: the number of processors.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or messages on stderr.")
    boolean quiet;

    /** Where --out's files are written before they replace the folder as a whole. */
    private Path staging;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Inputs.atLeast(cli, "--threads", threadCount, 1);
        Path file = Files.isDirectory(manifestFile) ? manifestFile.resolve("manifest.json") : manifestFile;
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(cli, Inputs.notFound("Manifest", file));
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (out != null && Files.isDirectory(out) && Files.isSameFile(out, folder)) {
            throw new ParameterException(cli, "Invalid value for option '--out': it is the folder being checked ("
                    + folder + "); give another folder so that the recorded tables stay as they are.");
        }
        JsonNode m = readManifest(file);
        List<String> foreign = StagedFolder.mismatches(folder, m); // judged after the tables: exit 1 either way
        String command = command(m, file);
        Path scenarioFile = scenarioFile(m, file);
        checkHash(m, file, scenarioFile);
        Scenario scenario = loadScenario(scenarioFile);
        JsonNode warmup = m.path("warmup").path("days");
        if (warmup.isNumber()) {
            scenario = scenario.withWarmup(warmup.asDouble());
        }
        long seed = number(m, "seed", file).asLong();
        int replications = number(m, "replications", file).asInt();
        try {
            staging = out == null ? null : ExperimentFolder.stageRun(cli, out); // checked now rather than after a long run
            int code = repeat(cli, m, file, folder, foreign, command, scenarioFile, scenario, seed, replications,
                    threadCount);
            if (staging != null) { // every file is written: the folder is replaced as a whole
                StagedFolder.commit(staging, out);
            }
            return code;
        } finally {
            if (staging != null && Files.exists(staging)) {
                Folders.deleteTree(staging);
            }
        }
    }

    /** Runs the recorded experiment again and compares its tables; with --out writes them to the staging folder. */
    private int repeat(CommandLine cli, JsonNode m, Path file, Path folder, List<String> foreign, String command,
                       Path scenarioFile, Scenario scenario, long seed, int replications, int threadCount)
            throws Exception {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        Map<String, String> recorded = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        if (command.equals("run")) {
            Policy policy = policy(m, file);
            scenario = Inputs.withWarmup(cli, scenario, policy, seed); // older manifests without the warm-up
            announce(cli, "run of " + scenario.name() + " under " + policy.name(), replications, seed);
            RunResult result = Simulation.run(scenario, policy, seed, replications, threadCount);
            now.put("kpis.csv", text(w -> KpiCsv.write(w, result.replications())));
            now.put("periods.csv", text(w -> PeriodCsv.write(w, result.replications())));
            if (out != null) {
                write(now);
                new RunManifest(scenarioFile, scenario.name(), policy, seed, replications, false, Main.version(), args,
                        scenario.warmupDays(), null, Map.of()).write(staging.resolve("manifest.json"));
            }
        } else if (SWEEPS.contains(command) || command.equals("attribute")) {
            boolean sweep = !command.equals("attribute");
            announce(cli, (sweep ? command + " design points of " : "lever attribution on ") + scenario.name(),
                    replications, seed);
            Progress progress = ProgressBars.forStages(spec.commandLine().getErr(), quiet);
            now.putAll(sweep ? ExperimentRerun.sweep(m, file, scenarioFile, seed, replications, threadCount, progress)
                    : ExperimentRerun.attribute(m, file, scenario, seed, replications, threadCount, progress));
            if (out != null) {
                write(now);
                ExperimentFolder.write(staging.resolve("manifest.json"), ExperimentRerun.manifestOfRerun(m, file, args));
            }
        } else {
            List<Policy> policies = new ArrayList<>();
            for (JsonNode p : m.path("policies")) {
                policies.add(policy(p, file));
            }
            if (policies.size() < 2) {
                throw new UserError(file + " lists " + policies.size() + " policies; a comparison has at least two.");
            }
            announce(cli, "comparison of " + policies.size() + " policies on " + scenario.name(), replications, seed);
            Comparison c = Experiment.on(scenario).policies(policies).replications(replications).seed(seed)
                    .threads(threadCount).progress(ProgressBars.forStages(spec.commandLine().getErr(), quiet)).run();
            now.putAll(TableFiles.csvs(c.tables()));
            if (out != null) {
                write(now);
                new ExperimentManifest(scenarioFile, c.scenario(), policies, seed, c.replications(), Double.NaN,
                        replications, c.warmupDays(), m.path("warmup").path("method").asText(c.warmupMethod()),
                        false, Main.version(), args)
                        .write(staging.resolve("manifest.json"));
            }
        }
        for (String name : now.keySet()) {
            Path table = folder.resolve(ExperimentFolder.TABLES).resolve(name);
            if (!Files.isRegularFile(table)) { // run folders and older reports keep their tables at the top
                table = folder.resolve(name);
            }
            if (Files.isRegularFile(table)) {
                recorded.put(name, Files.readString(table));
            }
        }
        String required = switch (command) {
            case "run" -> "kpis.csv";
            case "attribute" -> m.has("factorial") ? "setting_effects.csv" : "effects.csv";
            default -> "summary.csv";
        };
        if (!recorded.containsKey(required)) {
            throw new UserError("Nothing to compare with: " + folder.resolve(required) + " is missing.");
        }
        int code = report(cli.getOut(), recorded, now);
        if (!foreign.isEmpty()) {
            cli.getOut().println("NOT reproduced as a folder: the files in " + folder + " do not all belong to its "
                    + "manifest.json (" + String.join("; ", foreign) + "). The folder mixes files of different "
                    + "runs, or was edited after the run.");
            code = Math.max(code, 1);
        }
        String note = versionNote(m.path("ordercycle_version").asText(""), Main.version());
        if (code != 0 && note != null) {
            cli.getOut().println(note);
        }
        return code;
    }

    /**
     * Why a run may not reproduce: it was recorded by another version (null when the versions are
     * the same or either is unknown). Results are promised equal for the same scenario, seed and version.
     */
    static String versionNote(String recorded, String now) {
        if (recorded.isEmpty() || recorded.equals(now) || now.equals("dev")) {
            return null;
        }
        return "The run was recorded by ordercycle " + recorded + " and this is " + now + ": results are the same "
                + "for the same scenario, seed and version, and a new version may change them (the README's "
                + "'Changes that alter results' lists which). Run version " + recorded + " to reproduce it.";
    }

    /** Prints, table by table, identical or the first differing lines; 0 when every table is identical. */
    static int report(PrintWriter out, Map<String, String> recorded, Map<String, String> now) {
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            String name = e.getKey();
            String[] a = e.getValue().split("\n", -1);
            String[] b = now.get(name).split("\n", -1);
            if (e.getValue().equals(now.get(name))) {
                out.printf("%-19s identical (%,d lines)%n", name, a.length - 1);
                continue;
            }
            differing.add(name);
            int count = 0;
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                String x = i < a.length ? a[i] : "(no line)";
                String y = i < b.length ? b[i] : "(no line)";
                if (!x.equals(y)) {
                    count++;
                    if (shown.size() < SHOWN) {
                        shown.add("  line " + (i + 1) + "\n    recorded: " + x + "\n    now:      " + y);
                    }
                }
            }
            out.printf("%-19s DIFFERS: %,d of %,d lines (recorded %,d, now %,d); columns: %s%n", name, count,
                    Math.max(a.length, b.length) - 1, a.length - 1, b.length - 1, a[0]);
            shown.forEach(out::println);
        }
        out.println();
        if (differing.isEmpty()) {
            out.println("The run was reproduced exactly: " + String.join(", ", recorded.keySet())
                    + " are byte for byte the recorded ones.");
            return 0;
        }
        out.println("The run was NOT reproduced: " + String.join(", ", differing) + " differ from the recorded "
                + (differing.size() == 1 ? "table" : "tables") + ".");
        return Main.INTERNAL_ERROR;
    }

    private void announce(CommandLine cli, String what, int replications, long seed) {
        if (!quiet) {
            cli.getErr().printf("Repeating the %s: %d replication%s, seed %d...%n", what, replications,
                    replications == 1 ? "" : "s", seed);
        }
    }

    private void write(Map<String, String> tables) throws IOException {
        for (Map.Entry<String, String> e : tables.entrySet()) {
            AtomicFiles.writeString(staging.resolve(e.getKey()), e.getValue());
        }
    }

    /**
     * The recorded scenario. One that still switches steps off with {@code steps.<step>.enabled}
     * (versions up to 0.3.0) cannot be rerun unchanged: its errors say which fields, and this says why.
     */
    private static Scenario loadScenario(Path file) throws ScenarioException, UserError {
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            if (e.errors().stream().noneMatch(x -> x.path().endsWith(".enabled") && x.message().startsWith("was removed"))) {
                throw e;
            }
            throw new UserError(e.getMessage() + System.lineSeparator() + "This run cannot be repeated unchanged: its"
                    + " scenario switches steps off with steps.<step>.enabled, which this version no longer reads. To"
                    + " repeat it, delete those fields from a copy of the scenario and run that copy with the same seed"
                    + " and replications under a policy that gives each of those steps' levers its step-off setting"
                    + " (a policy file, or --lever LEVER=step-off).");
        }
    }

    private static JsonNode readManifest(Path file) throws UserError {
        try {
            JsonNode m = JSON.readTree(file.toFile());
            if (m == null || !m.isObject()) {
                throw new UserError(file + " is not a manifest: a JSON object was expected.");
            }
            return m;
        } catch (IOException e) {
            throw new UserError(file + " is not a readable manifest (" + e.getMessage().lines().findFirst()
                    .orElse("") + ").");
        }
    }

    /** run, compare, sweep or attribute; older manifests without a command field are told apart by their fields. */
    private static String command(JsonNode m, Path file) throws UserError {
        String command = m.path("command").asText(m.has("policies") ? "compare" : m.has("policy") ? "run" : "");
        if (!command.equals("run") && !command.equals("compare") && !command.equals("attribute")
                && !SWEEPS.contains(command)) {
            throw new UserError(file + " is the manifest of " + (command.isEmpty() ? "an unknown command"
                    : "'" + command + "'") + "; rerun repeats the manifests of run, compare, sweep, robustness, "
                    + "sensitivity, discover and attribute" + (List.of("select", "optimise").contains(command)
                    ? ". A " + command + " run decides from its results so far which policies get more replications: "
                    + "to repeat it, run the command of its manifest's command_line again with the same version" : "") + ".");
        }
        return command;
    }

    /** The recorded scenario file, or --scenario; it must exist. */
    private Path scenarioFile(JsonNode m, Path file) throws UserError {
        if (scenarioOption != null) {
            if (!Files.isRegularFile(scenarioOption)) {
                throw new UserError("Scenario file not found: " + scenarioOption);
            }
            return scenarioOption;
        }
        String path = m.path("scenario_path").asText("");
        if (path.isEmpty()) {
            throw new UserError(file + " does not record where the scenario file was (only its name, "
                    + m.path("scenario_file").asText("?") + "); give it with --scenario FILE.");
        }
        Path recorded = Path.of(path);
        if (!Files.isRegularFile(recorded)) {
            throw new UserError("The scenario file " + recorded + " recorded in " + file + " no longer exists; "
                    + "give its new place with --scenario FILE.");
        }
        return recorded;
    }

    private static void checkHash(JsonNode m, Path file, Path scenarioFile) throws IOException, UserError {
        String recorded = m.path("scenario_sha256").asText("");
        if (recorded.isEmpty()) {
            throw new UserError(file + " does not record the scenario's SHA-256 (scenario_sha256).");
        }
        String actual = RunManifest.sha256(scenarioFile);
        if (!actual.equalsIgnoreCase(recorded)) {
            throw new UserError("The scenario file " + scenarioFile + " has changed since the run: " + file
                    + " records SHA-256 " + recorded + ", the file now has SHA-256 " + actual + ". Restore the "
                    + "recorded version (e.g. from version control) to reproduce the run.");
        }
    }

    /** A policy from {@code {"name": ..., "levers": {lever: setting, ...}}} (a run manifest has "policy"). */
    static Policy policy(JsonNode node, Path file) throws UserError {
        String name = node.path(node.has("policy") ? "policy" : "name").asText("");
        JsonNode levers = node.path("levers");
        if (name.isEmpty() || !levers.isObject()) {
            throw new UserError(file + " does not record a policy with its name and levers.");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) levers::fields) {
            if (!e.getValue().isTextual()) {
                throw new UserError(file + ": policy " + name + ": lever " + e.getKey() + " must be a setting name, was "
                        + e.getValue() + ".");
            }
            settings.put(e.getKey(), e.getValue().asText());
        }
        try {
            return PolicyCodec.policy(name, settings);
        } catch (IllegalArgumentException e) {
            throw new UserError(file + ": policy " + name + ": " + e.getMessage() + ".");
        }
    }

    private static JsonNode number(JsonNode m, String field, Path file) throws UserError {
        JsonNode n = m.get(field);
        if (n == null || !n.canConvertToLong()) {
            throw new UserError(file + " does not record " + field + ".");
        }
        return n;
    }

    private static String text(AtomicFiles.Content content) throws IOException {
        StringWriter w = new StringWriter();
        content.writeTo(w);
        return w.toString();
    }
}
