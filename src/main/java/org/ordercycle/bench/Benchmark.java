package org.ordercycle.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.ordercycle.api.Simulation;
import org.ordercycle.engine.EventHeap;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.io.Folders;
import org.ordercycle.model.Replication;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The performance benchmark behind {@code ordercycle bench}: every figure is measured in the
 * same run so that ratios compare like with like on the same machine state, and each is printed
 * with its {@link Target} and verdict ({@link Figure}).
 *
 * <p>Rates are measured after the just-in-time compiler has settled, per second of CPU time of
 * the measuring thread (on a machine shared with other work the thread gets less than a core;
 * the CPU-time rate is what one core gives) and, for information, per wall-clock second. The
 * model is timed in {@link #RATE_ROUNDS} rounds alternating with a bare SSJ M/M/1 loop and the
 * model's own event schedule replayed without the model (what the event list alone costs at the
 * model's scale); each figure is the median round's, next to the lowest and highest. Ratios are
 * the median of the rounds' own ratios.
 */
public final class Benchmark {
    /** The README's main job: the scenario compared siloed against joint, 30 replications each, with its report. */
    public static final int MAIN_JOB_REPLICATIONS = 30;
    /** Replications run before the model is timed, for the JIT compiler. */
    public static final int WARMUP_REPLICATIONS = 10;
    /** The launcher's JVM options, one per line (the argument file it passes to java). */
    static final String JVM_OPTIONS = "/org/ordercycle/jvm.options";
    /** The launcher's class-data archive, beside the jar (see the launcher, {@code ordercycle}). */
    static final String CLASS_ARCHIVE = "ordercycle.jsa";
    /** How much wider and longer the two companies of (c) are. */
    public static final int WIDE_FACTOR = 16;
    /** Events of the bare loop per round. */
    private static final long BARE_EVENTS = 10_000_000;
    /** Replays of the model's recorded schedules (both policies) per round and list. */
    private static final int REPLAYS = 4;

    /**
     * How much to measure. {@code quick} measures everything in process on small sizes (a check
     * that the bench runs, not of its values) and skips the child JVMs; {@code assumedOrdersPerSecond}
     * is the speed per thread the refusal estimate assumes, held against the measured one in (g), and
     * {@code estimatedOrdersPerRun} the orders that estimate counts for one replication of the
     * scenario (its unit: leads a day x days, not the orders simulated).
     */
    public record Settings(int replications, boolean quick, double assumedOrdersPerSecond,
                           double estimatedOrdersPerRun) {
        int rounds() {
            return quick ? 1 : RATE_ROUNDS;
        }

        int speedupPairs() {
            return quick ? 1 : SPEEDUP_PAIRS;
        }

        int compareReplications() {
            return quick ? 2 : MAIN_JOB_REPLICATIONS;
        }

        int wideFactor() {
            return quick ? 2 : WIDE_FACTOR;
        }

        int mmcReplications() {
            return quick ? 2 : 40;
        }

        long simpyCustomers() {
            return quick ? 20_000 : 400_000;
        }

        long bareEvents() {
            return quick ? 200_000 : BARE_EVENTS;
        }
    }

    /** Pairs of compare runs (1 thread, then 2) behind the speed-up: the median is reported. */
    public static final int SPEEDUP_PAIRS = 3;
    /** Fresh-JVM runs of the main job behind (f): the median is reported. */
    public static final int MAIN_JOB_RUNS = 3;
    /** Rounds of the bare loop and the model, alternating, behind (a): medians are reported. */
    public static final int RATE_ROUNDS = 3;

    private Benchmark() {
    }

    /**
     * The rates of one round: the bare loop, then the model, per wall-clock and per CPU second; and
     * the model's event schedule replayed without the model, on SSJ's splay tree and on the model's
     * event heap, per wall-clock second.
     */
    public record Rates(double bareEventsPerSecond, double bareEventsPerCpuSecond, double modelEventsPerSecond,
                        double ordersPerSecond, double modelEventsPerCpuSecond, double ordersPerCpuSecond,
                        double replaySplayEventsPerSecond, double replayHeapEventsPerSecond,
                        double runsPerCpuSecond) {
        public double eventRatio() {
            return modelEventsPerSecond / bareEventsPerSecond;
        }

        /** The model against its own schedule replayed on its event heap: the share of its time the list takes. */
        public double listShare() {
            return modelEventsPerSecond / replayHeapEventsPerSecond;
        }

        public double eventRatioCpu() {
            return modelEventsPerCpuSecond / bareEventsPerCpuSecond;
        }
    }

    /**
     * What one bench measured: the figures in print order, the rounds behind (a), whether compare
     * gave identical results on 1 and 2 threads, and the machine's load average before and after.
     */
    public record Result(List<Figure> figures, List<Rates> rounds, boolean identicalAcrossThreads,
                         double loadBefore, double loadAfter) {
        /** The median of one figure over the rounds. */
        public double median(ToDoubleFunction<Rates> figure) {
            return Stats.median(rounds.stream().mapToDouble(figure).toArray());
        }

        /** The lowest and highest of one figure over the rounds. */
        public double[] range(ToDoubleFunction<Rates> figure) {
            double[] x = rounds.stream().mapToDouble(figure).sorted().toArray();
            return x.length == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {x[0], x[x.length - 1]};
        }

        /** The machine's load average before and after, as "1.52 -> 2.03" (other work distorts every figure). */
        public String load() {
            return String.format(java.util.Locale.ROOT, "%.2f -> %.2f", loadBefore, loadAfter);
        }
    }

    /**
     * Runs every measurement. {@code scenarioFile} is the baseline; {@code classpath} the classpath
     * of the child JVMs of the heap probe and the main job (null skips those figures); {@code root}
     * the project folder (its {@code scenarios/validation/} and {@code spark/}); {@code phase} hears
     * what is being measured, e.g. to tell a waiting user.
     */
    public static Result run(Scenario scenario, Path scenarioFile, String classpath, Path root, Settings settings,
                             Consumer<String> phase) throws IOException, InterruptedException, ScenarioException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Figure> figures = new ArrayList<>();
        phase.accept("warming up: the bare loop, " + WARMUP_REPLICATIONS + " replications, the model's schedules");
        new BareQueue(7, settings.bareEvents() / 5).run();
        for (int r = 0; r < (settings.quick() ? 2 : WARMUP_REPLICATIONS); r++) {
            Simulation.replicate(scenario, alternating(r), 99, r);
        }
        // the model's work on its event list, recorded under each policy, and how many events wait
        List<EventSchedule> schedules = new ArrayList<>();
        double waiting = 0;
        for (int r = 0; r < 2; r++) {
            ScheduleRecorder recorder = new ScheduleRecorder(new EventHeap());
            new Replication(scenario, alternating(r), 1, r, RunListener.NONE).run(recorder, recorder::executed);
            schedules.add(recorder.schedule());
            waiting += recorder.meanWaiting() / 2;
        }
        List<Rates> rounds = new ArrayList<>();
        for (int k = 0; k < settings.rounds(); k++) {
            phase.accept("(a): round " + (k + 1) + " of " + settings.rounds());
            rounds.add(rates(scenario, settings, schedules));
        }
        Result partial = new Result(List.of(), rounds, true, 0, 0);
        double ordersPerCpuSecond = partial.median(Rates::ordersPerCpuSecond);
        figures.add(Figure.of("a_orders_per_cpu_second", "(a) orders per CPU second, one thread",
                ordersPerCpuSecond, Target.ORDERS_PER_CPU_SECOND));
        figures.add(Figure.info("a_orders_per_second", "    orders per wall-clock second",
                partial.median(Rates::ordersPerSecond)));
        figures.add(Figure.info("bare_loop_events_per_second", "    for scale: bare SSJ M/M/1 loop, events/s",
                partial.median(Rates::bareEventsPerSecond)));
        figures.add(Figure.info("events_waiting", "    events waiting in the model's list, mean", waiting));
        figures.add(Figure.info("replay_splay_tree_events_per_second",
                "    its schedule replayed alone on SSJ's splay tree, events/s",
                partial.median(Rates::replaySplayEventsPerSecond)));
        figures.add(Figure.info("replay_event_heap_events_per_second",
                "    its schedule replayed alone on the model's heap, events/s",
                partial.median(Rates::replayHeapEventsPerSecond)));
        figures.add(Figure.info("model_events_per_second", "    the model, events/s",
                partial.median(Rates::modelEventsPerSecond)));
        figures.add(Figure.info("model_over_bare_loop", "    the model over the bare loop, events/s",
                partial.median(Rates::eventRatio)));

        boolean same = speedup(scenario, settings, phase, figures);
        WideCompany.measure(scenario, scenarioFile, settings, phase, figures);
        MmcQueues.measure(root, settings, phase, figures);
        spark(root, scenarioFile, settings, phase, figures);
        mainJob(classpath, scenarioFile, settings, phase, figures);
        // in the estimate's own unit: the replications it would count, at the rate (a) measured
        double countedPerCpuSecond = partial.median(Rates::runsPerCpuSecond) * settings.estimatedOrdersPerRun();
        figures.add(Figure.of("g_estimate_margin", "(g) measured speed / the refusal estimate's",
                countedPerCpuSecond / settings.assumedOrdersPerSecond(), Target.ESTIMATE_MARGIN));
        heap(classpath, scenarioFile, settings, phase, figures);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Result(List.copyOf(figures), rounds, same, loadBefore, loadAfter);
    }

    /**
     * (b) the main job's compare (30 replications per policy: with few, the last replication running
     * alone on one thread caps the speed-up) on 1 and 2 threads, same results; alternating pairs,
     * the median pair kept (one pair swings by a third when other work comes and goes).
     */
    private static boolean speedup(Scenario scenario, Settings settings, Consumer<String> phase,
                                   List<Figure> figures) {
        int n = settings.speedupPairs();
        double[][] pairs = new double[n][];
        boolean same = true;
        for (int k = 0; k < n; k++) {
            phase.accept("(b): compare on 1 then 2 threads, pair " + (k + 1) + " of " + n);
            long t0 = System.nanoTime();
            Comparison one = Experiment.on(scenario).replications(settings.compareReplications()).threads(1).run();
            double c1 = seconds(t0);
            t0 = System.nanoTime();
            Comparison two = Experiment.on(scenario).replications(settings.compareReplications()).threads(2).run();
            double c2 = seconds(t0);
            pairs[k] = new double[] {c1, c2};
            same &= one.summaryTable().toString().equals(two.summaryTable().toString())
                    && one.resultsTable().toString().equals(two.resultsTable().toString());
        }
        Arrays.sort(pairs, Comparator.comparingDouble(p -> p[0] / p[1]));
        double[] median = pairs[n / 2];
        figures.add(Figure.of("b_speedup", "(b) compare speed-up, 1 -> 2 threads", median[0] / median[1],
                Target.SPEEDUP));
        figures.add(new Figure("b_identical_results", "    identical results on 1 and 2 threads", same ? 1 : 0,
                null, same ? "yes" : "NO"));
        return same;
    }

    /** (e) the Spark application on local[1] and local[2] against a local compare, when it is built. */
    private static void spark(Path root, Path scenarioFile, Settings settings, Consumer<String> phase,
                              List<Figure> figures) throws IOException, InterruptedException {
        SparkProbe probe = new SparkProbe(root);
        String missing = settings.quick() ? "--quick" : probe.missing();
        if (missing != null) {
            figures.add(Figure.skipped("e_spark_speedup", "(e) Spark speed-up, local[1] -> local[2]", null, missing));
            figures.add(Figure.skipped("e_spark_task_overhead", "(e) Spark time per replication / local - 1",
                    Target.SPARK_OVERHEAD, missing));
            return;
        }
        List<SparkProbe.Times> rounds = new ArrayList<>();
        for (int k = 0; k < SparkProbe.ROUNDS; k++) {
            phase.accept("(e): Spark on local[1] and local[2] against a local compare, " + SparkProbe.SMALL + " and "
                    + SparkProbe.LARGE + " replications per policy, in child JVMs, round " + (k + 1) + " of "
                    + SparkProbe.ROUNDS);
            SparkProbe.Times t = probe.measure(scenarioFile, launcherOptions());
            if (t.valid()) {
                rounds.add(t);
            }
        }
        if (rounds.isEmpty()) {
            String why = "in no round was a larger run slower than a smaller one: the machine is too busy";
            figures.add(Figure.skipped("e_spark_speedup", "(e) Spark speed-up, local[1] -> local[2]", null, why));
            figures.add(Figure.skipped("e_spark_task_overhead", "(e) Spark time per replication / local - 1",
                    Target.SPARK_OVERHEAD, why));
            return;
        }
        double[] overheads = rounds.stream().mapToDouble(SparkProbe.Times::overhead).sorted().toArray();
        figures.add(Figure.info("e_spark_speedup", "(e) Spark speed-up, local[1] -> local[2]",
                Stats.median(rounds.stream().mapToDouble(SparkProbe.Times::speedup).toArray())));
        figures.add(Figure.of("e_spark_task_overhead", "(e) Spark time per replication / local - 1",
                Stats.median(overheads), Target.SPARK_OVERHEAD));
        figures.add(Figure.info("e_spark_task_overhead_lowest", "    lowest round", overheads[0]));
        figures.add(Figure.info("e_spark_task_overhead_highest", "    highest round", overheads[overheads.length - 1]));
        figures.add(Figure.info("e_local_seconds_per_replication", "    local, s per replication",
                Stats.median(rounds.stream().mapToDouble(SparkProbe.Times::local).toArray())));
    }

    /** (f) the README's main job as a user runs it: a fresh JVM, report included; the median run. */
    private static void mainJob(String classpath, Path scenarioFile, Settings settings, Consumer<String> phase,
                                List<Figure> figures) throws IOException, InterruptedException {
        String label = "(f) main job in a fresh JVM, s (median of " + MAIN_JOB_RUNS + ")";
        if (classpath == null || settings.quick()) {
            figures.add(Figure.skipped("f_main_job_seconds", label, Target.MAIN_JOB_SECONDS,
                    settings.quick() ? "--quick" : "no class path for a child JVM"));
            return;
        }
        double[] runs = new double[MAIN_JOB_RUNS];
        for (int k = 0; k < MAIN_JOB_RUNS; k++) {
            phase.accept("(f): the main job in a fresh JVM, run " + (k + 1) + " of " + MAIN_JOB_RUNS);
            runs[k] = mainJob(classpath, scenarioFile);
        }
        Arrays.sort(runs);
        figures.add(Figure.of("f_main_job_seconds", label, Stats.median(runs), Target.MAIN_JOB_SECONDS));
        figures.add(Figure.info("f_main_job_quickest", "    quickest run, s", runs[0]));
        figures.add(Figure.info("f_main_job_slowest", "    slowest run, s", runs[MAIN_JOB_RUNS - 1]));
    }

    /** The live heap of a run ten times longer under -Xmx256m, in child JVMs: flat, or memory leaks. */
    private static void heap(String classpath, Path scenarioFile, Settings settings, Consumer<String> phase,
                             List<Figure> figures) throws IOException, InterruptedException {
        String label = "live heap growth, 1x -> 10x horizon";
        if (classpath == null || settings.quick()) {
            figures.add(Figure.skipped("heap_growth", label, Target.HEAP_GROWTH,
                    settings.quick() ? "--quick" : "no class path for a child JVM"));
            return;
        }
        phase.accept("the live heap of a run 1 and 10 times as long, in child JVMs");
        double heap1 = probe(classpath, scenarioFile, 1);
        double heap10 = probe(classpath, scenarioFile, 10);
        figures.add(Figure.of("heap_growth", label, heap10 / heap1 - 1, Target.HEAP_GROWTH));
        figures.add(Figure.info("heap_mb_1x", "    live heap, 1x horizon, MB", heap1 / 1e6));
    }

    /**
     * One round: the bare loop, then {@code replications} of the model alternating the two
     * policies, then the model's schedules replayed on each event list.
     */
    private static Rates rates(Scenario scenario, Settings settings, List<EventSchedule> schedules) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        long bareEvents = new BareQueue(1, settings.bareEvents()).run();
        double bare = bareEvents / seconds(t0);
        double bareCpu = bareEvents / cpuSeconds(cpu, c0);
        long events = 0;
        long orders = 0;
        t0 = System.nanoTime();
        c0 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < settings.replications(); r++) {
            ReplicationResult res = Simulation.replicate(scenario, alternating(r), 1, r);
            events += res.events();
            orders += res.ordersSimulated();
        }
        double elapsed = seconds(t0);
        double elapsedCpu = cpuSeconds(cpu, c0);
        double splay = replay(schedules, SplayTree::new);
        double heap = replay(schedules, EventHeap::new);
        return new Rates(bare, bareCpu, events / elapsed, orders / elapsed, events / elapsedCpu, orders / elapsedCpu,
                splay, heap, settings.replications() / elapsedCpu);
    }

    /** Replays the schedules {@link #REPLAYS} times, each on a new list; events per wall-clock second. */
    private static double replay(List<EventSchedule> schedules, Supplier<EventList> lists) {
        long events = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < REPLAYS; k++) {
            for (EventSchedule schedule : schedules) {
                events += schedule.replay(lists.get());
            }
        }
        return events / seconds(t0);
    }

    /** Siloed for even replications, joint for odd ones: both paths stay compiled and measured. */
    static Policy alternating(int replication) {
        return replication % 2 == 0 ? Policy.SILOED : Policy.JOINT;
    }

    /** Wall seconds of {@code compare} on the scenario in a child JVM, from start to report written. */
    private static double mainJob(String classpath, Path scenarioFile) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ordercycle-bench-");
        try {
            long t0 = System.nanoTime();
            List<String> args = new ArrayList<>(launcherOptions());
            args.addAll(sharingOptions(classpath));
            args.addAll(List.of("-cp", classpath, "org.ordercycle.cli.Main", "compare", scenarioFile.toString(),
                    "--replications", Integer.toString(MAIN_JOB_REPLICATIONS),
                    "--out", dir.resolve("report").toString(), "--quiet"));
            childJava("the timed compare", args.toArray(String[]::new));
            double seconds = seconds(t0);
            if (!Files.exists(dir.resolve("report").resolve("report.html"))) {
                throw new IOException("the timed compare wrote no report.html");
            }
            return seconds;
        } finally {
            Folders.deleteTree(dir);
        }
    }

    /**
     * The JVM options the {@code ordercycle} launcher passes (its argument file, {@value #JVM_OPTIONS} in
     * the jar): the timed main job runs as a user runs it.
     */
    static List<String> launcherOptions() throws IOException {
        try (var in = Benchmark.class.getResourceAsStream(JVM_OPTIONS)) {
            if (in == null) {
                throw new IOException("the jar holds no " + JVM_OPTIONS);
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return List.of(text.strip().split("\\s+"));
        }
    }

    /**
     * The launcher's class-data sharing for a jar: {@value #CLASS_ARCHIVE} beside it, made by the
     * launcher after each build, when it is not older than the jar; none otherwise (a jar built
     * by Maven alone, or a class path of folders), as the launcher would run it.
     */
    static List<String> sharingOptions(String classpath) throws IOException {
        Path jar = Path.of(classpath);
        Path archive = jar.resolveSibling(CLASS_ARCHIVE);
        if (classpath.contains(java.io.File.pathSeparator) || !Files.isRegularFile(jar) || !Files.isRegularFile(archive)
                || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
    }

    private static double probe(String classpath, Path scenarioFile, double factor)
            throws IOException, InterruptedException {
        String out = childJava("the heap probe", "-Xmx256m", "-cp", classpath, HeapProbe.class.getName(),
                scenarioFile.toString(), Double.toString(factor));
        String[] lines = out.split("\\R");
        return Double.parseDouble(lines[lines.length - 1]);
    }

    /** Runs this JVM's java with args and returns what it printed; fails, naming {@code what}, unless it exits 0. */
    private static String childJava(String what, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IOException(what + " failed: " + out);
        }
        return out;
    }

    static double cpuSeconds(ThreadMXBean cpu, long start) {
        return (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
