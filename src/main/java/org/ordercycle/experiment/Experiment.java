package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.model.OfferedLoad;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * A comparison of policies on common random numbers, the API behind {@code ordercycle compare}:
 * <pre>{@code
 * Comparison c = Experiment.on(scenario).policies(Policy.SILOED, Policy.JOINT).replications(30).run();
 * }</pre>
 * Replication r of every policy uses substream r of every stream. With {@link #precision},
 * replications are added until the relative half-width of every primary measure is below the
 * target for every policy, or the maximum is reached. Not thread safe (build, then run once).
 */
public final class Experiment {
    /** The measures a precision target applies to. */
    public static final List<Measure> PRIMARY = List.of(Measure.LEAD_TIME_MEAN, Measure.ON_TIME_RATE,
            Measure.TOTAL_COST, Measure.BILLING_ERROR_RATE);
    /** Replications a precision run starts with. */
    public static final int PILOT_REPLICATIONS = 10;
    /**
     * For shares (rates in [0, 1]) the half-width is compared with precision x max(|mean|, 0.1):
     * a rate near zero would otherwise never reach a relative target.
     */
    public static final double SHARE_FLOOR = 0.1;

    private final Scenario scenario;
    private List<Policy> policies = List.of(Policy.SILOED, Policy.JOINT);
    private int replications = 30;
    private double precision = Double.NaN;
    private int maxReplications = 200;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private double level = 0.95;
    private Progress progress = Progress.NONE;
    private ResultStore store;
    private Backend backend;
    private RunListener listener = RunListener.NONE;

    private Experiment(Scenario scenario) {
        this.scenario = scenario;
    }

    public static Experiment on(Scenario scenario) {
        return new Experiment(scenario);
    }

    public Experiment policies(Policy... list) {
        return policies(List.of(list));
    }

    public Experiment policies(List<Policy> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least one policy is needed");
        }
        this.policies = List.copyOf(list);
        return this;
    }

    /** Fixed number of replications (or the first batch when a precision is set). */
    public Experiment replications(int r) {
        if (r < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + r);
        }
        this.replications = r;
        return this;
    }

    /**
     * Why {@code relative} cannot be a precision target ("it must be ..., was ..."), or null when
     * it can: the command line and the web API both say it in these words.
     */
    public static String precisionProblem(double relative) {
        return precisionProblem(relative, Double.toString(relative));
    }

    /** As {@link #precisionProblem(double)}, quoting the value as the user wrote it (NaN when not a number). */
    public static String precisionProblem(double relative, String written) {
        return relative > 0 && relative < 1 ? null
                : "it must be a relative half-width above 0 and below 1 (e.g. 0.05 for 5%), was " + written + ".";
    }

    /** Adds replications until every primary measure's relative half-width is below {@code relative}. */
    public Experiment precision(double relative, int maxReplications) {
        String problem = precisionProblem(relative);
        if (problem != null) {
            throw new IllegalArgumentException("precision: " + problem);
        }
        this.precision = relative;
        this.maxReplications = maxReplications;
        this.replications = Math.min(PILOT_REPLICATIONS, maxReplications);
        return this;
    }

    public Experiment seed(long s) {
        this.seed = s;
        return this;
    }

    public Experiment threads(int t) {
        this.threads = t;
        return this;
    }

    /** Confidence level of the intervals (default 0.95). */
    public Experiment level(double l) {
        this.level = l;
        return this;
    }

    public Experiment progress(Progress p) {
        this.progress = p;
        return this;
    }

    /** Hears every run as it starts and finishes (warm-up pilot runs included: their point is not "base"). */
    public Experiment listener(RunListener l) {
        this.listener = l;
        return this;
    }

    /** Keeps finished replications in {@code s} and reuses those already there (resume). */
    public Experiment store(ResultStore s) {
        this.store = s;
        return this;
    }

    /**
     * Runs the replications on {@code b} (a cluster) instead of this machine's threads; the
     * threads, progress and store settings are then the backend's business. Null: local threads.
     */
    public Experiment backend(Backend b) {
        this.backend = b;
        return this;
    }

    /** Runs the experiment. */
    public Comparison run() {
        Backend runner = backend != null ? backend : new Runner(threads, progress, store, listener);
        Warmup.Choice warmup = Warmup.choose(scenario, policies, seed, runner);
        Scenario fixed = scenario.withWarmup(warmup.days());
        Map<String, List<ReplicationResult>> byPolicy = new LinkedHashMap<>();
        for (Policy p : policies) {
            byPolicy.put(p.name(), new ArrayList<>());
        }
        int target = replications;
        while (true) {
            extend(fixed, runner, byPolicy, target);
            Comparison c = new Comparison(scenario.name(), policies, byPolicy, level, warmup.days(), warmup.method(),
                    scenario.currency(), (p, warnings) -> OfferedLoad.advise(scenario, p, warnings));
            if (Double.isNaN(precision) || target >= maxReplications || precise(c)) {
                return c;
            }
            target = Math.min(maxReplications, target + Math.max(5, target / 2));
        }
    }

    private void extend(Scenario fixed, Backend runner, Map<String, List<ReplicationResult>> byPolicy, int target) {
        int have = byPolicy.values().iterator().next().size();
        if (have >= target) {
            return;
        }
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : policies) {
            for (int r = have; r < target; r++) {
                specs.add(new RunSpec("base", fixed, p, seed, r));
            }
        }
        List<ReplicationResult> results = runner.run("replications " + (have + 1) + "-" + target, specs);
        int i = 0;
        for (Policy p : policies) {
            for (int r = have; r < target; r++) {
                byPolicy.get(p.name()).add(results.get(i++));
            }
        }
    }

    /** True when every primary measure meets the precision target under every policy. */
    boolean precise(Comparison c) {
        for (Policy p : policies) {
            for (Measure m : PRIMARY) {
                Estimate e = c.estimate(p, m.key());
                if (!meets(e, m)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean meets(Estimate e, Measure m, double precision) {
        if (e.n() < 2 || Double.isNaN(e.halfWidth())) {
            return false;
        }
        double scale = Math.abs(e.mean());
        if (m.unit().equals("share")) {
            scale = Math.max(scale, SHARE_FLOOR);
        }
        return e.halfWidth() <= precision * scale;
    }

    private boolean meets(Estimate e, Measure m) {
        return meets(e, m, precision);
    }
}
