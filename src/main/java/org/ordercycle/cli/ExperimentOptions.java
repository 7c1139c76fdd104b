package org.ordercycle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options compare, sweep and attribute share: threads, seed, output folder and what is printed. */
final class ExperimentOptions {

    @Option(names = "--threads", paramLabel = "T",
            description = "Runs in parallel (results do not depend on it). Default: the number of processors.")
    Integer threads;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the random numbers (and of a sweep's Latin hypercube): the same seed gives the "
                    + "same results. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder of the report and its tables (created if missing; a folder that already holds "
                    + "a finished report is refused unless --resume). Default: a new folder "
                    + "reports/<scenario>-<command>-<date>-<time>.")
    Path out;

    @Option(names = "--no-report", description = "Write no report folder (only print). With --out, the tables "
            + "and the manifest are still written, without charts or report.html.")
    boolean noReport;

    @Option(names = "--resume", description = "Reuse the runs an interrupted (or finished) run of the same experiment "
            + "kept for DIR (needs --out); refused when DIR holds another experiment (other scenario, seed, policies "
            + "or design). Without it, an unfinished run is started afresh.")
    boolean resume;

    @Option(names = "--json", description = "Print one JSON object instead of the report (for programs).")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or messages on stderr.")
    boolean quiet;

    @Option(names = "--force", description = "Run even when the estimated time is above 10 minutes.")
    boolean force;

    /** Where the files are written until they are all there: the staging folder of --out (see ExperimentFolder). */
    Path staging;

    /** The folder the files are being written to now: the staging folder of --out, or --out itself. */
    Path folder() {
        return staging != null ? staging : out;
    }

    @Mixin
    ExportOptions exports;

    /** The office files written into the report folder (deck.pptx, tables.xlsx), for the closing message. */
    private java.util.List<String> exported = java.util.List.of();

    /** Writes the tables of a finished experiment (throws what writing throws). */
    @FunctionalInterface
    interface TableWriter {
        void write() throws java.io.IOException;
    }

    /**
     * What every experiment command does once its runs are done: writes its tables and draws its
     * report when it has a folder, prints the JSON or the text report, and says where the files
     * went. Returns the exit code.
     */
    int finish(CommandLine cli, TableWriter tables, java.util.function.Supplier<String> json,
               java.util.function.Consumer<PrintWriter> text) throws java.io.IOException, UserError {
        if (out != null) {
            // each step says how long it took (a log shows where the time went, docs/speed.md)
            org.ordercycle.experiment.Progress stages = ProgressBars.forStages(cli.getErr(), quiet);
            stage(stages, "writing the tables", tables);
            renderReport(cli, stages);
            exported = exports.write(cli, folder(), !noReport);
            if (staging != null) { // everything is written: the folder is replaced as a whole
                Path staged = staging;
                stage(stages, "sealing the folder", () -> org.ordercycle.io.StagedFolder.commit(staged, out));
                staging = null;
            }
        }
        PrintWriter stdout = cli.getOut();
        if (this.json) {
            stdout.println(json.get());
        } else {
            text.accept(stdout);
        }
        stdout.flush();
        reportFiles(cli);
        return 0;
    }

    private static void stage(org.ordercycle.experiment.Progress stages, String label, TableWriter step)
            throws java.io.IOException {
        stages.begin(label, 1);
        step.write();
        stages.advance(1);
        stages.end();
    }

    /** Draws the report from the tables just written, unless --no-report or there is no folder. */
    private void renderReport(CommandLine cli, org.ordercycle.experiment.Progress stages)
            throws java.io.IOException, UserError {
        if (out == null || noReport) {
            return;
        }
        try {
            org.ordercycle.report.Report.render(folder(), stages, exports.chartFormats());
        } catch (org.ordercycle.report.ReportException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * Where the replications run: null (this machine's threads) unless the command line was
     * started with a backend factory (a cluster front end).
     */
    org.ordercycle.experiment.Backend backend(CommandLine cli, org.ordercycle.experiment.ResultStore store) {
        Main.BackendFactory factory = Main.backends(cli);
        return factory == null ? null : factory.create(store == null ? null : store.root(), resume);
    }

    /**
     * --threads, or the number of processors; checked to be at least 1. Every experiment command
     * asks for it before it runs, so the export options are checked here too.
     */
    int threadCount(CommandLine cli) {
        exports.check(cli, noReport);
        if (out != null) { // tables will be written: their library's start-up overlaps the runs
            TablesWarmUp.start();
        }
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Inputs.atLeast(cli, "--threads", count, 1);
        return count;
    }

    /** Says where the files went (on stderr with --json, so that stdout stays one JSON object). */
    void reportFiles(CommandLine cli) throws java.io.IOException {
        if (out == null || (json && quiet)) {
            return;
        }
        String files = tablesIn(out.resolve(ExperimentFolder.TABLES));
        PrintWriter where = json ? cli.getErr() : cli.getOut();
        where.println();
        Path folder = out.toAbsolutePath().normalize();
        if (noReport) {
            where.println("Results written to " + folder + ": tables/" + files.replace(", ", ", tables/")
                    + ", manifest.json");
        } else {
            where.println("Report written to " + folder + ":");
            where.println("  open " + folder.resolve("report.html").toUri());
            where.println("  summary.md, charts/ (" + ReportCommand.formatNames(exports.chartFormats()) + "), tables/ ("
                    + files + "), manifest.json");
        }
        if (!exported.isEmpty()) {
            where.println("  " + String.join(", ", exported));
        }
    }

    /** The tables in a folder, as the user sees them listed: "results.csv, summary.csv, units.csv". */
    private static String tablesIn(Path tables) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(tables)) {
            return String.join(", ", files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .sorted().toList());
        }
    }
}
