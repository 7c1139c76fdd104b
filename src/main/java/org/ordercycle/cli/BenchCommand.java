package org.ordercycle.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ordercycle.bench.Benchmark;
import org.ordercycle.bench.Benchmark.Rates;
import org.ordercycle.bench.Benchmark.Target;
import org.ordercycle.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordercycle bench}: the performance figures, measured in one run, against their targets. */
@Command(name = "bench", usageHelpWidth = 100, sortOptions = false,
        description = {"Measure the engine's speed and memory in one run: a bare SSJ M/M/1 event loop as the "
                + "reference; the model's own event schedule replayed with events that do nothing else, on SSJ's "
                + "splay tree and on the model's event heap (what the event list alone costs at the model's scale, "
                + "and so how many nanoseconds per event a ratio (c) of 0.5 leaves for the model's own work); the "
                + "full model (events and orders per second "
                + "on one core), the live heap of a run ten times longer under -Xmx256m (in a child JVM), the "
                + "speed-up of compare from 1 to 2 threads with identical results, and the README's main job "
                + "(compare, 30 replications of each policy, with its report) timed in three fresh JVMs. The bare "
                + "loop and the model are timed in three alternating rounds: each rate is the median round's, "
                + "shown with the lowest and highest. Close other programs first: the figures are ratios measured "
                + "together, but a busy machine still distorts them. The rates of (a)-(c) are also given per "
                + "second of CPU time of the measuring thread, which other work on the machine distorts less; "
                + "the CPU share shows how much of a core the thread got (1 when the machine is idle).", ""},
        footer = {"", "Examples:", "  ordercycle bench scenarios/baseline.yaml",
                "  ordercycle bench --json > bench.json"})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "The scenario to measure. Default: ${DEFAULT-VALUE}.")
    Path scenarioFile;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "8",
            description = "Replications timed for (b), the full model, in each of its three rounds. Default: "
                    + "${DEFAULT-VALUE}. (e) and (f) always run the README's main job: 30 replications of each "
                    + "policy.")
    int replications;

    @Option(names = "--json", description = "Print one JSON object instead of the table (for programs): every rate "
            + "with its lowest and highest round, every target with its verdict, the load average.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replications", replications, 2);
        Scenario scenario = Inputs.scenario(cli, scenarioFile);
        var err = cli.getErr();
        err.println("Measuring (about two minutes)...");
        long start = System.nanoTime();
        Benchmark.Figures f = Benchmark.run(scenario, scenarioFile, System.getProperty("java.class.path"),
                replications, what -> {
                    err.printf(Locale.ROOT, "  %5.0f s  %s%n", (System.nanoTime() - start) / 1e9, what);
                    err.flush();
                });
        if (json) {
            cli.getOut().println(BenchReport.json(f, scenario.name(), replications, Main.version()));
        } else {
            printTable(cli.getOut(), f);
        }
        return f.identicalAcrossThreads() ? 0 : 1; // a speed-up with different results is a failure
    }

    private void printTable(java.io.PrintWriter out, Benchmark.Figures f) {
        out.printf(Locale.ROOT, "(a) to (c): the median of %d alternating rounds, %d replications each%n",
                Benchmark.RATE_ROUNDS, replications);
        out.printf(Locale.ROOT, "%-52s %14s %14s %s%n", "figure", "measured", "target", "verdict");
        row(out, "(a) bare SSJ M/M/1 loop, events/s", f.median(Rates::bareEventsPerSecond));
        out.printf(Locale.ROOT, "    the model's event schedule replayed alone (%,.0f events waiting on average):%n",
                f.waitingEvents());
        row(out, "      on SSJ's splay tree (its default), events/s", f.median(Rates::replaySplayEventsPerSecond));
        row(out, "      on the model's event heap, events/s", f.median(Rates::replayHeapEventsPerSecond));
        row(out, "(b) full model, events/s on one core", f.median(Rates::modelEventsPerSecond));
        verdict(out, "(b) full model, orders/s on one core", f.median(Rates::ordersPerSecond),
                Target.ORDERS_PER_SECOND);
        range(out, "orders/s", f.range(Rates::ordersPerSecond));
        verdict(out, "(c) model / bare loop, events/s", f.median(Rates::eventRatio), Target.EVENT_RATIO);
        range(out, "ratio", f.range(Rates::eventRatio));
        row(out, "    share of the model's time its event list takes", f.median(Rates::listShare));
        row(out, "    model's own work per event, ns: allowed by (c)", f.median(Rates::modelWorkAllowedNanos));
        row(out, "    model's own work per event, ns: now", f.median(Rates::modelWorkNanos));
        row(out, "    CPU share of a core while the model ran", f.cpuShare());
        row(out, "    per CPU second: bare loop, events", f.median(Rates::bareEventsPerCpuSecond));
        row(out, "    per CPU second: model, events", f.median(Rates::modelEventsPerCpuSecond));
        verdict(out, "    per CPU second: model, orders", f.median(Rates::ordersPerCpuSecond),
                Target.ORDERS_PER_SECOND);
        verdict(out, "    per CPU second: model / bare loop, events", f.median(Rates::eventRatioCpu),
                Target.EVENT_RATIO);
        row(out, "(d) live heap, 1x horizon, MB", f.heapBytes1x() / 1e6);
        row(out, "(d) live heap, 10x horizon, MB", f.heapBytes10x() / 1e6);
        verdict(out, "(d) heap growth 1x -> 10x", f.heapGrowth(), Target.HEAP_GROWTH);
        verdict(out, "(e) compare speed-up, 1 -> 2 threads (median of " + Benchmark.SPEEDUP_PAIRS + ")", f.speedup(),
                Target.SPEEDUP);
        out.printf(Locale.ROOT, "%-52s %14s%n", "(e) identical results on 1 and 2 threads",
                f.identicalAcrossThreads() ? "yes" : "NO");
        verdict(out, "(f) main job in a fresh JVM, s (median of " + Benchmark.MAIN_JOB_RUNS + " runs)",
                f.mainJobSeconds(), Target.MAIN_JOB_SECONDS);
        row(out, "    quickest run", f.mainJobRange()[0]);
        row(out, "    slowest run", f.mainJobRange()[1]);
        out.printf(Locale.ROOT, "%-52s %14s%n", "    machine load average, start -> end", f.load());
    }

    /** The lowest and the highest round of a figure, under it. */
    private static void range(java.io.PrintWriter out, String what, double[] lowHigh) {
        row(out, "    " + what + ", lowest round", lowHigh[0]);
        row(out, "    " + what + ", highest round", lowHigh[1]);
    }

    private static void verdict(java.io.PrintWriter out, String name, double value, Target target) {
        Boolean met = target.met(value);
        row(out, name, value, String.format(Locale.ROOT, "%,.2f", target.threshold),
                met == null ? "not measured" : met ? "met" : "NOT MET");
    }

    private static void row(java.io.PrintWriter out, String name, double value) {
        row(out, name, value, "", "");
    }

    private static void row(java.io.PrintWriter out, String name, double value, String target, String verdict) {
        out.printf(Locale.ROOT, "%-52s %,14.2f %14s %s%n", name, value, target, verdict);
    }
}
