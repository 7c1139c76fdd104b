package org.ordercycle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.Manifests;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.experiment.SweepResult;
import org.ordercycle.io.Folders;
import org.ordercycle.io.StagedFolder;
import org.ordercycle.io.WriteLock;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --out DIR} folder of the experiment commands: checked before a long run, built in a
 * staging folder beside it (with its store of finished runs, {@code .runs}, kept for --resume)
 * and swapped in whole once finished; and the common part of {@code manifest.json}.
 */
final class ExperimentFolder {
    /** Folder of the finished runs inside --out. */
    static final String RUNS = ".runs";
    static final ObjectMapper JSON = Manifests.JSON;

    private ExperimentFolder() {
    }

    /** Folder of the tables inside a report folder. */
    static final String TABLES = org.ordercycle.report.Report.TABLES;
    /** System property naming the folder where default report folders go (for tests); default "reports". */
    static final String REPORTS_PROPERTY = "ordercycle.reports";

    /**
     * Checks the options, settles the report folder (a new {@code reports/<scenario>-<command>-<time>}
     * unless --out or --no-report), creates its staging folder ({@link StagedFolder}) and returns
     * the store of finished runs there (null without a folder). A folder that holds a finished
     * report is refused unless --resume, and --resume is refused when the folder holds another
     * experiment (see {@link ExperimentKey}).
     */
    static ResultStore prepare(CommandLine cli, ExperimentOptions options, String command, String scenario)
            throws IOException {
        if (options.out == null && !options.noReport && !options.resume) {
            options.out = newReportFolder(Path.of(System.getProperty(REPORTS_PROPERTY, "reports")), scenario, command);
        }
        if (options.out == null) {
            if (options.resume) {
                throw new ParameterException(cli, "Option '--resume' needs '--out DIR': the folder of the run to "
                        + "continue.");
            }
            return null;
        }
        Path out = options.out;
        Map<String, String> key = ExperimentKey.of(cli, command);
        StagedFolder.restoreInterruptedSwap(out);
        boolean finished = checkTarget(cli, out, options.noReport || options.resume);
        Path staging = StagedFolder.staging(out, ExperimentKey.hash(key));
        if (options.resume) {
            checkResume(cli, out, finished, staging, key);
        }
        removeOtherStagings(cli, out, staging);
        if (!options.resume && Files.exists(staging)) {
            Folders.deleteTree(staging);
        }
        if (!Files.exists(staging)) {
            createFolder(cli, staging);
            Path runs = out.resolve(RUNS);
            if (options.resume && finished && Files.isDirectory(runs)) {
                StagedFolder.copyTree(runs, staging.resolve(RUNS)); // copied: the finished folder stays whole
            }
        }
        ExperimentKey.write(staging, key);
        removeLeftovers(staging);
        options.staging = staging;
        return new ResultStore(staging.resolve(RUNS));
    }

    /**
     * The staging folder of a run's files, for {@code run --out}: the target is replaced as a whole
     * once every file is written (see {@link #prepare}).
     */
    static Path stageRun(CommandLine cli, Path out) throws IOException {
        checkRunTarget(cli, out);
        Path staging = StagedFolder.staging(out, ExperimentKey.hash(ExperimentKey.of(cli, "run")));
        removeOtherStagings(cli, out, staging);
        if (Files.exists(staging)) {
            Folders.deleteTree(staging);
        }
        createFolder(cli, staging);
        return staging;
    }

    /** Checks {@code run --out} before anything else: a file in the way or a folder that is not ours is refused. */
    static void checkRunTarget(CommandLine cli, Path out) throws IOException {
        StagedFolder.restoreInterruptedSwap(out);
        checkTarget(cli, out, true);
    }

    /**
     * Refuses a target that is a file, a folder that is not an OrderCycle output (no manifest.json
     * but files of its own: it is never replaced), and a finished report unless {@code replace}.
     * Returns whether it holds a finished output.
     */
    private static boolean checkTarget(CommandLine cli, Path out, boolean replace) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(cli, "Invalid value for option '--out': " + out + " is a file in the way: "
                    + "--out names a folder.");
        }
        if (!Files.isDirectory(out)) {
            return false;
        }
        if (Files.isRegularFile(out.resolve("manifest.json"))) {
            if (!replace) {
                throw new ParameterException(cli, "Invalid value for option '--out': " + out + " already holds a "
                        + "finished report (manifest.json). Reports are never overwritten: choose another folder, "
                        + "leave out --out for a new one, or add --resume to continue that run.");
            }
            return true;
        }
        try (var files = Files.list(out)) {
            List<String> own = files.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
            if (!own.isEmpty()) {
                throw new ParameterException(cli, "Invalid value for option '--out': " + out + " is not an "
                        + "OrderCycle output folder (it has no manifest.json) and holds files of its own ("
                        + String.join(", ", Terminal.escape(own)) + "). OrderCycle replaces its output folders "
                        + "as a whole, so it never writes into such a folder: give a new or empty folder.");
            }
        }
        return false;
    }

    /** Refuses --resume when the finished folder or the unfinished run there is another experiment. */
    private static void checkResume(CommandLine cli, Path out, boolean finished, Path staging,
                                    Map<String, String> key) throws IOException {
        Map<String, String> recorded = null;
        String what = null;
        if (finished) {
            recorded = ExperimentKey.read(out);
            what = "the finished report in " + out;
        } else if (!Files.exists(staging)) {
            List<Path> others = StagedFolder.stagings(out);
            if (!others.isEmpty()) {
                recorded = ExperimentKey.read(others.get(0));
                what = "the unfinished run kept in " + others.get(0);
            }
        }
        if (recorded == null) {
            return;
        }
        List<String> differences = ExperimentKey.differences(recorded, key);
        if (!differences.isEmpty()) {
            throw new ParameterException(cli, "Option '--resume' refused: " + what + " is another experiment ("
                    + String.join("; ", differences) + "). Resume only with the same scenario file, seed, "
                    + "policies and design, or choose another --out folder (without --resume a new run "
                    + "replaces an unfinished one).");
        }
    }

    /** Deletes the unfinished runs of other experiments into the same folder, saying so. */
    private static void removeOtherStagings(CommandLine cli, Path out, Path keep) throws IOException {
        for (Path other : StagedFolder.stagings(out)) {
            if (other.equals(keep)) {
                continue;
            }
            java.util.Optional<WriteLock> abandoned = WriteLock.tryTake(other);
            if (abandoned.isEmpty()) {
                continue; // being written now (a report redrawn by another process): not a leftover
            }
            try (WriteLock held = abandoned.get()) {
                Folders.deleteTree(other);
            }
            cli.getErr().println("Removed " + Terminal.escape(other.toString()) + ": an unfinished run of "
                    + "another experiment into the same folder, which can no longer be resumed.");
        }
    }

    /** Creates the staging folder; a failure names the --out folder, where the user can act. */
    private static void createFolder(CommandLine cli, Path staging) {
        Path parent = staging.getParent();
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new ParameterException(cli, "Invalid value for option '--out': cannot create a folder in "
                    + parent + " (" + Main.describe(e) + ").");
        }
        if (!Files.isWritable(staging)) {
            throw new ParameterException(cli, "Invalid value for option '--out': the folder " + parent
                    + " cannot be written to.");
        }
    }

    /**
     * Creates and returns a new folder {@code <root>/<scenario>-<command>-<yyyyMMdd-HHmmss>[-n]}: a
     * run started in the same second as another gets the next free suffix, never the same folder.
     */
    static Path newReportFolder(Path root, String scenario, String command) throws IOException {
        return Folders.newReportFolder(root, scenario, command);
    }

    /** The manifest fields every experiment shares; the caller adds its design. */
    static ObjectNode manifest(String command, Path scenarioFile, String scenarioName, long seed, int replications,
                               boolean resumed, List<String> arguments) throws IOException {
        return Manifests.manifest(command, scenarioFile, scenarioName, seed, replications, resumed, Main.version(),
                arguments);
    }

    /** Where and when this run happened: versions, operating system, time and command line. */
    static void putRunContext(ObjectNode root, List<String> arguments) {
        Manifests.putRunContext(root, Main.version(), arguments);
    }

    /** The policies and the design points of a sweep (or of a design run through one), with their warm-ups. */
    static void putSweep(ObjectNode m, SweepResult r, String method) {
        Manifests.putSweep(m, r, method);
    }

    /** Puts every entry of a map as a text field. */
    static void putAll(ObjectNode node, Map<String, String> map) {
        Manifests.putAll(node, map);
    }

    /** Writes a manifest atomically. */
    static void write(Path file, ObjectNode manifest) throws IOException {
        Manifests.write(file, manifest);
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
