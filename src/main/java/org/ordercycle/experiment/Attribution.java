package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.Setting;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * Lever attribution: which lever, alone or with another, moves which measure. The levers are
 * the factors of a two-level design, each over a pair of its settings ({@link TwoLevels}; by
 * default the siloed preset's, coded -1, and the joint preset's, coded +1). A lever whose pair
 * is one setting twice (replenishment by default) is left out of the design:
 * <pre>{@code
 * AttributionResult a = Attribution.on(scenario).design(Design.Kind.FRACTIONAL).replications(5).run();
 * }</pre>
 * <ul>
 * <li>{@link Design.Kind#FRACTIONAL} (default): the 32-run resolution IV design of
 * {@link Design#fractional(int)}; main effects are clear of two-lever interactions, which are
 * estimated in alias chains, but not of three-lever interactions. Default 5 replications: 56
 * policies x 5 = 280 runs, about half a minute of CPU on the baseline.</li>
 * <li>{@link Design.Kind#FULL}: all 2^12 = 4,096 policies, every interaction clear. It costs 128
 * times the fractional design per replication (on the baseline, about 4,096 x 0.11 s = 7 minutes
 * of CPU per replication). Default 2 replications.</li>
 * </ul>
 * Design point i is the policy {@code dNN} with the levers at +1 in run i at their high setting.
 * The one-lever-at-a-time view adds the low corner (siloed by default) with one lever switched
 * to high, and the high corner (joint) with one lever switched back to low. A policy appearing
 * twice (the corners are design points too) is
 * run once. Every policy runs replications 0..R-1 on common random numbers. With
 * {@code warmupDays: auto}, the warm-up is detected on siloed and joint. Not thread safe (build,
 * then run once).
 */
public final class Attribution {
    /** Default replications of each design. */
    public static final int DEFAULT_FRACTIONAL_REPLICATIONS = 5;
    public static final int DEFAULT_FULL_REPLICATIONS = 2;

    private RunListener listener = RunListener.NONE;
    private final Scenario scenario;
    private Design.Kind kind = Design.Kind.FRACTIONAL;
    private Integer replications;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double level = 0.95;
    private Progress progress = Progress.NONE;
    private ResultStore store;
    private Backend backend;
    private TwoLevels levels = TwoLevels.presets();

    private Attribution(Scenario scenario) {
        this.scenario = scenario;
    }

    public static Attribution on(Scenario scenario) {
        return new Attribution(scenario);
    }

    public Attribution design(Design.Kind k) {
        this.kind = k;
        return this;
    }

    /** The pair of settings of each lever (default: the presets'). */
    public Attribution levels(TwoLevels l) {
        this.levels = l;
        return this;
    }

    public TwoLevels levels() {
        return levels;
    }

    /** Replications of every policy (default 5 fractional, 2 full). */
    public Attribution replications(int r) {
        if (r < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + r);
        }
        this.replications = r;
        return this;
    }

    public Attribution seed(long s) {
        this.seed = s;
        return this;
    }

    public Attribution threads(int t) {
        this.threads = t;
        return this;
    }

    /** Confidence level of the intervals (default 0.95). */
    public Attribution level(double l) {
        this.level = l;
        return this;
    }

    public Attribution progress(Progress p) {
        this.progress = p;
        return this;
    }

    /** Hears every run as it starts and finishes (a live view; it may stop the runs, see {@link RunListener}). */
    public Attribution listener(RunListener l) {
        this.listener = l;
        return this;
    }

    /** Keeps finished runs in {@code s} and reuses those already there (resume). */
    public Attribution store(ResultStore s) {
        this.store = s;
        return this;
    }

    /**
     * Runs the replications on {@code b} (a cluster) instead of this machine's threads; the
     * threads, progress and store settings are then the backend's business. Null: local threads.
     */
    public Attribution backend(Backend b) {
        this.backend = b;
        return this;
    }

    /** The replications that {@link #run()} uses. */
    public int replications() {
        return replications != null ? replications
                : kind == Design.Kind.FULL ? DEFAULT_FULL_REPLICATIONS : DEFAULT_FRACTIONAL_REPLICATIONS;
    }

    /** The design of the chosen kind over the levers whose two settings differ. */
    public Design designOf() {
        int k = levels.factors().size();
        if (k == 0) {
            throw new IllegalArgumentException("every lever has the same setting twice: there is nothing to attribute");
        }
        return kind == Design.Kind.FULL ? Design.full(k) : Design.fractional(k);
    }

    /** Every distinct policy the attribution runs: the design points, then both corners and each one-lever switch. */
    public static Map<Map<Lever, Setting>, Policy> policies(Design design, TwoLevels levels) {
        Map<Map<Lever, Setting>, Policy> unique = new LinkedHashMap<>();
        levels.points(design).forEach(p -> unique.putIfAbsent(p.levers(), p));
        for (Policy base : List.of(levels.lowCorner(), levels.highCorner())) {
            unique.putIfAbsent(base.levers(), base);
            for (Lever lever : levels.factors()) {
                Policy switched = levels.switched(base, lever);
                unique.putIfAbsent(switched.levers(), switched);
            }
        }
        return unique;
    }

    /** Runs the design and the one-at-a-time policies. */
    public AttributionResult run() {
        Design design = designOf();
        int reps = replications();
        Backend runner = backend != null ? backend : new Runner(threads, progress, store, listener);
        Warmup.Choice warmup = Warmup.choose(scenario, List.of(Policy.SILOED, Policy.JOINT), seed, runner);
        Scenario fixed = scenario.withWarmup(warmup.days());
        Map<Map<Lever, Setting>, Policy> unique = policies(design, levels);
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : unique.values()) {
            for (int r = 0; r < reps; r++) {
                specs.add(new RunSpec("attribution", fixed, p, seed, r));
            }
        }
        // the tables read values alone: a full design holds 20,000 results, 60 kB each in full
        List<ReplicationResult> results = runner.run("lever attribution: " + unique.size() + " policies x " + reps
                + " replications", specs, ReplicationResult::valuesOnly);
        Map<Map<Lever, Setting>, List<ReplicationResult>> byLevers = new LinkedHashMap<>();
        int i = 0;
        for (Map<Lever, Setting> levers : unique.keySet()) {
            byLevers.put(levers, List.copyOf(results.subList(i, i + reps)));
            i += reps;
        }
        return new AttributionResult(scenario.name(), scenario.currency(), design, levels, List.copyOf(unique.values()), byLevers, reps,
                level, warmup);
    }
}
