package org.ordercycle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
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
            description = "Folder to write the result files to (created if missing).")
    Path out;

    @Option(names = "--resume", description = "Reuse the runs an interrupted run left in DIR/.runs (needs --out). "
            + "Without it, DIR/.runs is cleared first.")
    boolean resume;

    @Option(names = "--json", description = "Print one JSON object instead of the report (for programs).")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or messages on stderr.")
    boolean quiet;

    @Option(names = "--force", description = "Run even when the estimated time is above 10 minutes.")
    boolean force;

    /** --threads, or the number of processors; checked to be at least 1. */
    int threadCount(CommandLine cli) {
        int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Inputs.atLeast(cli, "--threads", count, 1);
        return count;
    }

    /** Says where the files went (on stderr with --json, so that stdout stays one JSON object). */
    void reportFiles(CommandLine cli, String files) {
        if (out == null || (json && quiet)) {
            return;
        }
        PrintWriter where = json ? cli.getErr() : cli.getOut();
        where.println();
        where.println("Results written to " + out.toAbsolutePath().normalize() + ": " + files);
    }
}
