package org.ordercycle.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.ReplicationResult;

/**
 * A parameter sweep: the same scenario file run at several design points, each the file with some
 * fields overridden by path ({@link ScenarioLoader#load(Path, Map)}), under one or more policies
 * on common random numbers (replication r of every point and policy uses substream r):
 * <pre>{@code
 * SweepResult s = Sweep.on(Path.of("scenarios/classroom.yaml"))
 *         .param("steps.planning.inflationMean", List.of("0", "0.2", "0.4"))
 *         .param("steps.pricing.volumeDiscount", List.of("0", "0.1"))
 *         .replications(5).run();
 * }</pre>
 * <ul>
 * <li>Listed values ({@link #param}) form a full factorial; the first parameter varies slowest.</li>
 * <li>Ranges ({@link #range}) are sampled by a Latin hypercube of {@link #samples} points
 * ({@link LatinHypercube}, from an MRG32k3a stream of the sweep seed: the same seed gives the same
 * design). Values are rounded to 6 significant digits. A range over a whole-number field (the
 * loader rejects a fraction there) with whole ends is sampled in whole numbers.</li>
 * <li>With both, every factorial combination is crossed with every Latin hypercube sample.</li>
 * </ul>
 * Every point is loaded (and validated) before anything runs: a bad path or value fails at once
 * with the loader's error. With {@code warmupDays: auto} the warm-up is detected per point. Not
 * thread safe (build, then run once).
 */
public final class Sweep {
    private RunListener listener = RunListener.NONE;
    private final Path file;
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, double[]> ranges = new LinkedHashMap<>();
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private int samples;
    private static final String RECORDED_OR_PARAMETERS =
            "a recorded design replaces the parameters and ranges; give one or the other";
    /** A recorded design ({@link #points}), run as it is instead of one built from lists and ranges. */
    private List<SweepResult.Point> recorded;
    private List<String> recordedParameters;
    private List<Policy> policies = List.of(Policy.SILOED, Policy.JOINT);
    private int replications = 5;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double level = 0.95;
    private Progress progress = Progress.NONE;
    private ResultStore store;
    private Backend backend;

    private Sweep(Path file) {
        this.file = file;
    }

    /** A sweep of a scenario file. */
    public static Sweep on(Path scenarioFile) {
        return new Sweep(scenarioFile);
    }

    /** Sweeps a field over listed values (YAML text, e.g. {@code "0.2"} or {@code "{dist: exponential, mean: 2}"}). */
    public Sweep param(String path, List<String> values) {
        checkNew(path);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + path + " needs at least one value");
        }
        lists.put(path, List.copyOf(values));
        return this;
    }

    /** Sets a field to the same value at every point (e.g. a shorter {@code horizonDays}); not a column. */
    public Sweep set(String path, String value) {
        checkNew(path);
        fixed.put(path, value);
        return this;
    }

    /** Sweeps a numeric field over [lo, hi] with a Latin hypercube (needs {@link #samples}). */
    public Sweep range(String path, double lo, double hi) {
        checkNew(path);
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi)) {
            throw new IllegalArgumentException("range of " + path + " must have finite ends with lo <= hi, was "
                    + lo + ".." + hi);
        }
        ranges.put(path, new double[] {lo, hi});
        return this;
    }

    /**
     * Runs exactly these design points, e.g. those a sweep's {@code manifest.json} records, instead
     * of a design built from {@link #param} and {@link #range}: a rerun then needs neither the
     * sampling nor the original command line. {@code parameters} are the columns, in order.
     */
    public Sweep points(List<String> parameters, List<SweepResult.Point> points) {
        if (!lists.isEmpty() || !ranges.isEmpty() || samples > 0) {
            throw new IllegalArgumentException(RECORDED_OR_PARAMETERS);
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a recorded design needs at least one point");
        }
        for (SweepResult.Point p : points) {
            if (!p.values().keySet().equals(new HashSet<>(parameters))) {
                throw new IllegalArgumentException("point " + p.id() + " sets " + p.values().keySet()
                        + ", not the parameters " + parameters);
            }
        }
        this.recordedParameters = List.copyOf(parameters);
        this.recorded = List.copyOf(points);
        return this;
    }

    /** Number of Latin hypercube samples of the ranges. */
    public Sweep samples(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("samples must be >= 1, was " + n);
        }
        this.samples = n;
        return this;
    }

    public Sweep policies(List<Policy> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least one policy is needed");
        }
        this.policies = List.copyOf(list);
        return this;
    }

    public Sweep policies(Policy... list) {
        return policies(List.of(list));
    }

    /** Replications per point and policy (default 5). */
    public Sweep replications(int r) {
        if (r < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + r);
        }
        this.replications = r;
        return this;
    }

    /** Seed of the simulation and of the Latin hypercube (default 1). */
    public Sweep seed(long s) {
        this.seed = s;
        return this;
    }

    public Sweep threads(int t) {
        this.threads = t;
        return this;
    }

    /** Confidence level of the intervals (default 0.95). */
    public Sweep level(double l) {
        this.level = l;
        return this;
    }

    public Sweep progress(Progress p) {
        this.progress = p;
        return this;
    }

    /** Hears every run as it starts and finishes (a live view; it may stop the runs, see {@link RunListener}). */
    public Sweep listener(RunListener l) {
        this.listener = l;
        return this;
    }

    /** Keeps finished runs in {@code s} and reuses those already there (resume). */
    public Sweep store(ResultStore s) {
        this.store = s;
        return this;
    }

    /**
     * Runs the replications on {@code b} (a cluster) instead of this machine's threads; the
     * threads, progress and store settings are then the backend's business. Null: local threads.
     */
    public Sweep backend(Backend b) {
        this.backend = b;
        return this;
    }

    /**
     * The design points and their values, without loading them (a range is probed once to know
     * whether its field takes whole numbers). See {@link #check()} to load every point.
     */
    public List<SweepResult.Point> design() throws ScenarioException {
        if (recorded != null) {
            return recorded;
        }
        if (lists.isEmpty() && ranges.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one parameter");
        }
        if (!ranges.isEmpty() && samples == 0) {
            throw new IllegalArgumentException("ranges are sampled by a Latin hypercube: set the number of samples");
        }
        if (ranges.isEmpty() && samples > 0) {
            throw new IllegalArgumentException("samples apply to ranges (LO..HI), and no parameter is a range");
        }
        List<Map<String, String>> sampled = List.of(Map.of());
        if (!ranges.isEmpty()) {
            Map<String, Boolean> whole = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : ranges.entrySet()) {
                whole.put(e.getKey(), SweepDesign.wholeNumbers(o -> ScenarioLoader.load(file, overrides(o)),
                        e.getKey(), e.getValue()));
            }
            sampled = SweepDesign.sample(ranges, whole, samples, seed);
        }
        return SweepDesign.points(lists, sampled);
    }

    /**
     * Loads every design point without running anything, and returns the number of points. Every
     * problem of every point is reported at once (each distinct message once).
     */
    public int check() throws ScenarioException {
        return load(design()).size();
    }

    /** Runs the sweep. */
    public SweepResult run() throws ScenarioException {
        List<SweepResult.Point> points = design();
        List<Scenario> scenarios = load(points);
        Backend runner = backend != null ? backend : new Runner(threads, progress, store, listener);
        List<RunSpec> specs = new ArrayList<>();
        Map<String, Warmup.Choice> warmups = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Warmup.Choice w = Warmup.choose(scenarios.get(i), policies, seed, runner);
            warmups.put(points.get(i).id(), w);
            Scenario measured = scenarios.get(i).withWarmup(w.days());
            for (Policy p : policies) {
                for (int r = 0; r < replications; r++) {
                    specs.add(new RunSpec(points.get(i).id(), measured, p, seed, r));
                }
            }
        }
        List<ReplicationResult> results = runner.run("sweep: " + points.size() + " points x " + policies.size()
                + " policies x " + replications + " replications", specs);
        return new SweepResult(scenarios.get(0).name(), scenarios.get(0).currency(), List.copyOf(parameters()), points, policies, replications,
                results, warmups, level);
    }

    private List<Scenario> load(List<SweepResult.Point> points) throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, ScenarioError> errors = new LinkedHashMap<>();
        for (SweepResult.Point p : points) {
            try {
                scenarios.add(ScenarioLoader.load(file, overrides(p.values())));
            } catch (ScenarioException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.toString(), err));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(List.copyOf(errors.values()));
        }
        return scenarios;
    }

    /** The fixed fields, then the point's values. */
    private Map<String, String> overrides(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(fixed);
        all.putAll(values);
        return all;
    }

    /** Parameter paths: listed ones first, then ranges. */
    public List<String> parameters() {
        if (recorded != null) {
            return recordedParameters;
        }
        List<String> all = new ArrayList<>(lists.keySet());
        all.addAll(ranges.keySet());
        return all;
    }

    private void checkNew(String path) {
        if (recorded != null) {
            throw new IllegalArgumentException(RECORDED_OR_PARAMETERS);
        }
        if (lists.containsKey(path) || ranges.containsKey(path) || fixed.containsKey(path)) {
            throw new IllegalArgumentException("parameter " + path + " is given twice");
        }
    }
}
