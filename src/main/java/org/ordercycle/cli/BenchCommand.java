package org.ordercycle.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ordercycle.bench.Benchmark;
import org.ordercycle.bench.VersionPair;
import org.ordercycle.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordercycle bench}: the performance figures, measured in one run, against their targets. */
@Command(name = "bench", usageHelpWidth = 100, sortOptions = false,
        description = {"Measure the engine's speed in one run, each figure against its target: (a) orders per CPU "
                + "second of the scenario on one thread; (b) the speed-up of compare from 1 to 2 threads, with "
                + "identical results; (c) CPU per order of a company 16 times wider (leads, staff, line rates and "
                + "stock) over that of a horizon 16 times longer, which simulates as many orders; (d) the "
                + "validation's M/M/3 queue against SimPy (/usr/bin/python3 with simpy) and against a bare SSJ "
                + "event loop; (e) the Spark application on local[1] and local[2] against a local compare, when "
                + "spark/ is built; (f) the README's main job (compare, 30 replications of each policy, with its "
                + "report) in three fresh JVMs; (g) the measured speed against the speed the refusal estimate "
                + "assumes. For scale it also shows a bare SSJ M/M/1 loop and the model's own event schedule "
                + "replayed without the model, and the live heap of a run ten times longer. Close other programs "
                + "first: the figures are ratios measured together, but a busy machine still distorts them.", ""},
        footer = {"", "Examples:", "  ordercycle bench scenarios/baseline.yaml",
                "  ordercycle bench --json > bench.json", "  ordercycle bench --quick   (seconds: checks that it runs)",
                "  ordercycle bench --against /tmp/before.jar   (this build against an earlier one)"})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "The scenario to measure. Default: ${DEFAULT-VALUE}.")
    Path scenarioFile;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "8",
            description = "Replications timed for (a) in each of its three rounds. Default: "
                    + "${DEFAULT-VALUE}. (b) and (f) always run the README's main job: 30 replications of each "
                    + "policy.")
    int replications;

    @Option(names = "--json", description = "Print one JSON object instead of the table (for programs): every figure "
            + "with its target and verdict, the load average.")
    boolean json;

    @Option(names = "--quick", description = "Small sizes, in this JVM only (child JVMs, Spark and the main job are "
            + "skipped): checks that the bench runs; its figures mean little.")
    boolean quick;

    @Option(names = "--against", paramLabel = "JAR", description = "Instead of the figures above: this build "
            + "against another build's jar (e.g. a copy of target/ordercycle-all.jar made before a change), both in "
            + "this JVM, in alternating rounds of the scenario (both presets, --replications a round) and of the "
            + "M/M/3 queue; prints each one's rate and the ratio of every round. About a minute.")
    Path against;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replications", replications, 2);
        Scenario scenario = Inputs.scenario(cli, scenarioFile);
        var err = cli.getErr();
        if (against != null) {
            return pair(cli, err);
        }
        err.println(quick ? "Measuring (--quick)..." : "Measuring (about five minutes)...");
        long start = System.nanoTime();
        Benchmark.Settings settings = new Benchmark.Settings(quick ? 2 : replications, quick,
                RunEstimate.ORDERS_PER_SECOND, RunEstimate.none(1).plus(scenario, 1, 0).orders());
        Benchmark.Result r = Benchmark.run(scenario, scenarioFile, System.getProperty("java.class.path"),
                Path.of(""), settings, what -> {
                    err.printf(Locale.ROOT, "  %5.0f s  %s%n", (System.nanoTime() - start) / 1e9, what);
                    err.flush();
                });
        if (json) {
            cli.getOut().println(BenchReport.json(r, scenario.name(), settings.replications(), Main.version()));
        } else {
            BenchReport.table(cli.getOut(), r, settings.replications());
        }
        return r.identicalAcrossThreads() ? 0 : 1; // a speed-up with different results is a failure
    }

    private int pair(CommandLine cli, java.io.PrintWriter err) throws java.io.IOException {
        VersionPair.Settings settings = quick ? VersionPair.Settings.quick()
                : VersionPair.Settings.standard(replications);
        VersionPair.Result r;
        try {
            VersionPair.requireJar(against); // before announcing the measurement
            err.println(quick ? "Measuring (--quick)..." : "Measuring (about a minute)...");
            long start = System.nanoTime();
            r = VersionPair.run(System.getProperty("java.class.path"), against, scenarioFile, Path.of(""), settings,
                    what -> {
                        err.printf(Locale.ROOT, "  %5.0f s  %s%n", (System.nanoTime() - start) / 1e9, what);
                        err.flush();
                    });
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--against: " + e.getMessage());
        }
        if (json) {
            cli.getOut().println(VersionPairReport.json(r, Main.version()));
        } else {
            VersionPairReport.table(cli.getOut(), r, Main.version());
        }
        return 0;
    }
}
