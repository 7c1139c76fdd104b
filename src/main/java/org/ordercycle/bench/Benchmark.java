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
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The performance benchmark behind {@code ordercycle bench}: every figure is measured in the
 * same run so that ratios compare like with like on the same machine state.
 *
 * <p>Rates are measured after the just-in-time compiler has settled: the bare loop runs two
 * million events first, the model at least {@link #WARMUP_REPLICATIONS} replications (a
 * replication compiles much more code than the bare loop; on a busy two-core machine the first
 * few run several times slower). Each rate is given per second of wall-clock time (the target)
 * and per second of CPU time of the measuring thread: on a machine shared with other work the
 * thread gets less than a core, and the CPU-time rate is what one core would give. The bare
 * loop and the model are timed in {@link #RATE_ROUNDS} alternating rounds, the same work each
 * round, and each figure is the median round's, next to the lowest and highest: on a shared
 * machine one stretch of a few seconds can run a third slower than the next. Each round also
 * replays the model's own event schedule (recorded once per policy) with events that do
 * nothing else, on SSJ's splay tree and on the model's event heap: what the event list alone
 * costs at the model's scale, since what an event costs depends on how many wait, and how far
 * ahead.
 */
public final class Benchmark {
    /** The targets of the performance issue: a threshold a figure must reach, or stay under. */
    public enum Target {
        /** (b) orders per second on one core, at least. */
        ORDERS_PER_SECOND(200_000, true),
        /** (c) the model's events per second over the bare loop's, at least. */
        EVENT_RATIO(0.5, true),
        /** (d) the live heap's growth from 1x to 10x the horizon, at most. */
        HEAP_GROWTH(0.10, false),
        /** (e) the speed-up of compare from 1 to 2 threads, at least. */
        SPEEDUP(1.8, true),
        /** (f) the main job's wall time in seconds, at most. */
        MAIN_JOB_SECONDS(15, false);

        public final double threshold;
        public final boolean atLeast;

        Target(double threshold, boolean atLeast) {
            this.threshold = threshold;
            this.atLeast = atLeast;
        }

        /** Whether {@code value} meets the target; null when it was not measured (NaN). */
        public Boolean met(double value) {
            return Double.isNaN(value) ? null : atLeast ? value >= threshold : value <= threshold;
        }
    }

    /** The README's main job: the scenario compared siloed against joint, 30 replications each, with its report. */
    public static final int MAIN_JOB_REPLICATIONS = 30;
    /** Replications run before the model is timed, for the JIT compiler. */
    public static final int WARMUP_REPLICATIONS = 10;
    /** Pairs of compare runs (1 thread, then 2) behind the speed-up: the median is reported. */
    public static final int SPEEDUP_PAIRS = 3;
    /** Fresh-JVM runs of the main job behind (f): the median is reported. */
    public static final int MAIN_JOB_RUNS = 3;
    /** Rounds of the bare loop and the model, alternating, behind (a) to (c): medians are reported. */
    public static final int RATE_ROUNDS = 3;
    /** The launcher's JVM options, one per line (the argument file it passes to java). */
    static final String JVM_OPTIONS = "/org/ordercycle/jvm.options";
    /** Events of the bare loop per round. */
    private static final long BARE_EVENTS = 10_000_000;
    /** Replays of the model's recorded schedules (both policies) per round and list. */
    private static final int REPLAYS = 4;

    private Benchmark() {
    }

    /**
     * The rates of one round: the bare loop, then the model, per wall-clock and per CPU second; and
     * the model's event schedule replayed without the model, on SSJ's splay tree and on the model's
     * event heap, per wall-clock second.
     */
    public record Rates(double bareEventsPerSecond, double bareEventsPerCpuSecond, double modelEventsPerSecond,
                        double ordersPerSecond, double modelEventsPerCpuSecond, double ordersPerCpuSecond,
                        double replaySplayEventsPerSecond, double replayHeapEventsPerSecond) {
        public double eventRatio() {
            return modelEventsPerSecond / bareEventsPerSecond;
        }

        /** The model against its own schedule replayed on its event heap: the share of its time the list takes. */
        public double listShare() {
            return modelEventsPerSecond / replayHeapEventsPerSecond;
        }

        /**
         * Nanoseconds per event that (c) leaves for the model's own work, beside its event list:
         * the bare loop's time per event over the target ratio (twice it for 0.5), less the
         * list's, as replayed.
         */
        public double modelWorkAllowedNanos() {
            return 1e9 / (Target.EVENT_RATIO.threshold * bareEventsPerSecond) - 1e9 / replayHeapEventsPerSecond;
        }

        /** Nanoseconds per event the model spends beside its event list now. */
        public double modelWorkNanos() {
            return 1e9 / modelEventsPerSecond - 1e9 / replayHeapEventsPerSecond;
        }

        public double eventRatioCpu() {
            return modelEventsPerCpuSecond / bareEventsPerCpuSecond;
        }
    }

    /**
     * The measured figures. The rates of (a) to (c) are given by {@link #median} over the rounds,
     * e.g. {@code median(Rates::ordersPerSecond)}; (c) is {@code median(Rates::eventRatio)}, the
     * median of each round's ratio. {@code waitingEvents} is the mean number of events waiting in
     * the model's list when one is executed (the mean of its recorded schedules).
     */
    public record Figures(List<Rates> rounds, double waitingEvents, double heapBytes1x,
                          double heapBytes10x, double compareSeconds1, double compareSeconds2,
                          boolean identicalAcrossThreads, List<Double> mainJobRuns, double loadBefore,
                          double loadAfter) {
        /** The median wall time of the main job's runs, in seconds (NaN when not measured). */
        public double mainJobSeconds() {
            return middle(sortedMainJobRuns());
        }

        /** The quickest and slowest run of the main job, in seconds. */
        public double[] mainJobRange() {
            return ends(sortedMainJobRuns());
        }

        private double[] sortedMainJobRuns() {
            return mainJobRuns.stream().mapToDouble(x -> x).sorted().toArray();
        }

        /** Share of a core the measuring thread got while the model ran (1 on an idle machine). */
        public double cpuShare() {
            return median(r -> r.ordersPerSecond() / r.ordersPerCpuSecond());
        }

        /** The median of one figure over the rounds. */
        public double median(ToDoubleFunction<Rates> figure) {
            return middle(sorted(figure));
        }

        /** The lowest and highest of one figure over the rounds. */
        public double[] range(ToDoubleFunction<Rates> figure) {
            return ends(sorted(figure));
        }

        private double[] sorted(ToDoubleFunction<Rates> figure) {
            return rounds.stream().mapToDouble(figure).sorted().toArray();
        }

        private static double middle(double[] sorted) {
            int n = sorted.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        private static double[] ends(double[] sorted) {
            int n = sorted.length;
            return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {sorted[0], sorted[n - 1]};
        }

        public double heapGrowth() {
            return heapBytes10x / heapBytes1x - 1;
        }

        public double speedup() {
            return compareSeconds1 / compareSeconds2;
        }

        /** The machine's load average before and after, as "1.52 -> 2.03" (other work distorts every figure). */
        public String load() {
            return String.format(java.util.Locale.ROOT, "%.2f -> %.2f", loadBefore, loadAfter);
        }
    }

    /**
     * Runs every measurement. {@code scenarioFile} is the baseline; {@code classpath} the classpath
     * of the child JVMs of the heap probe and the main job (null skips those figures);
     * {@code phase} hears what is being measured, e.g. to tell a waiting user.
     */
    public static Figures run(Scenario scenario, Path scenarioFile, String classpath, int replications,
                              Consumer<String> phase) throws IOException, InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        phase.accept("warming up: the bare loop, " + WARMUP_REPLICATIONS + " replications, the model's schedules");
        // (a) the bare SSJ loop and (b) the full model, one thread, both warmed up first (the model under
        // both policies, so that both paths get compiled), then timed in alternating rounds
        new BareQueue(7, 2_000_000).run();
        for (int r = 0; r < WARMUP_REPLICATIONS; r++) {
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
        replay(schedules, SplayTree::new);
        replay(schedules, EventHeap::new);
        List<Rates> rounds = new ArrayList<>();
        for (int k = 0; k < RATE_ROUNDS; k++) {
            phase.accept("(a) to (c): round " + (k + 1) + " of " + RATE_ROUNDS);
            rounds.add(rates(scenario, replications, schedules));
        }
        // (d) heap in child JVMs under -Xmx256m
        phase.accept("(d): the live heap of a run 1 and 10 times as long, in child JVMs");
        double heap1 = classpath == null ? Double.NaN : probe(classpath, scenarioFile, 1);
        double heap10 = classpath == null ? Double.NaN : probe(classpath, scenarioFile, 10);
        // (e) the main job's compare (30 replications per policy: with few, the last replication running
        // alone on one thread caps the speed-up) on 1 and 2 threads, same results; three alternating
        // pairs, the median pair kept (one pair swings by a third when other work comes and goes)
        double[][] pairs = new double[SPEEDUP_PAIRS][];
        boolean same = true;
        for (int k = 0; k < SPEEDUP_PAIRS; k++) {
            phase.accept("(e): compare on 1 then 2 threads, pair " + (k + 1) + " of " + SPEEDUP_PAIRS);
            long t0 = System.nanoTime();
            Comparison one = Experiment.on(scenario).replications(MAIN_JOB_REPLICATIONS).threads(1).run();
            double c1 = seconds(t0);
            t0 = System.nanoTime();
            Comparison two = Experiment.on(scenario).replications(MAIN_JOB_REPLICATIONS).threads(2).run();
            double c2 = seconds(t0);
            pairs[k] = new double[] {c1, c2};
            same &= one.summaryTable().toString().equals(two.summaryTable().toString())
                    && one.resultsTable().toString().equals(two.resultsTable().toString());
        }
        Arrays.sort(pairs, Comparator.comparingDouble(p -> p[0] / p[1]));
        double c1 = pairs[SPEEDUP_PAIRS / 2][0];
        double c2 = pairs[SPEEDUP_PAIRS / 2][1];
        // (f) the README's main job as a user runs it: a fresh JVM, report included
        List<Double> mainJob = new ArrayList<>();
        for (int k = 0; classpath != null && k < MAIN_JOB_RUNS; k++) {
            phase.accept("(f): the main job in a fresh JVM, run " + (k + 1) + " of " + MAIN_JOB_RUNS);
            mainJob.add(mainJob(classpath, scenarioFile));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Figures(rounds, waiting, heap1, heap10, c1, c2, same, mainJob, loadBefore, loadAfter);
    }

    /**
     * One round: the bare loop, then {@code replications} of the model alternating the two
     * policies, then the model's schedules replayed on each event list.
     */
    private static Rates rates(Scenario scenario, int replications, List<EventSchedule> schedules) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        long bareEvents = new BareQueue(1, BARE_EVENTS).run();
        double bare = bareEvents / seconds(t0);
        double bareCpu = bareEvents / cpuSeconds(cpu, c0);
        long events = 0;
        long orders = 0;
        t0 = System.nanoTime();
        c0 = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < replications; r++) {
            ReplicationResult res = Simulation.replicate(scenario, alternating(r), 1, r);
            events += res.events();
            orders += res.ordersSimulated();
        }
        double elapsed = seconds(t0);
        double elapsedCpu = cpuSeconds(cpu, c0);
        double splay = replay(schedules, SplayTree::new);
        double heap = replay(schedules, EventHeap::new);
        return new Rates(bare, bareCpu, events / elapsed, orders / elapsed, events / elapsedCpu, orders / elapsedCpu,
                splay, heap);
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
    private static Policy alternating(int replication) {
        return replication % 2 == 0 ? Policy.SILOED : Policy.JOINT;
    }

    /** Wall seconds of {@code compare} on the scenario in a child JVM, from start to report written. */
    private static double mainJob(String classpath, Path scenarioFile) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ordercycle-bench-");
        try {
            long t0 = System.nanoTime();
            List<String> args = new ArrayList<>(launcherOptions());
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

    private static double cpuSeconds(ThreadMXBean cpu, long start) {
        return (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
