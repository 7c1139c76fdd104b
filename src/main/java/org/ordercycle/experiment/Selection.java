package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * Selection of the best policy on one measure with a stated probability of correct selection,
 * the API behind {@code ordercycle select}:
 * <pre>{@code
 * SelectionResult r = Selection.on(scenario).policies(a, b, c).measure(Measure.PROFIT).delta(50_000).run();
 * }</pre>
 * Runs Kim and Nelson's procedure KN ({@link KimNelson}) on common random numbers: replication r
 * of every policy uses substream r of every stream, so the procedure works on paired differences.
 * A first stage of n0 replications runs for every policy; then one replication at a time for the
 * policies still in contention, each stage on the {@link Runner}'s threads and decided only once
 * the whole stage is in, so results do not depend on the number of threads. Not thread safe
 * (build, then run once).
 */
public final class Selection {
    /** The indifference zone, when not given, as a share of the first-stage mean's magnitude. */
    public static final double AUTO_DELTA_SHARE = 0.01;
    /** The indifference zone, when not given, for a measure that is a share: one percentage point. */
    public static final double AUTO_DELTA_POINTS = 0.01;

    private final Scenario scenario;
    private List<Policy> policies = List.of(Policy.SILOED, Policy.JOINT);
    private Measure measure = Measure.PROFIT;
    private double delta = Double.NaN;
    private double pcs = 0.95;
    private int firstStage = 10;
    private int maxReplications = 200;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Progress progress = Progress.NONE;
    private ResultStore store;

    private Selection(Scenario scenario) {
        this.scenario = scenario;
    }

    public static Selection on(Scenario scenario) {
        return new Selection(scenario);
    }

    public Selection policies(Policy... list) {
        return policies(List.of(list));
    }

    public Selection policies(List<Policy> list) {
        if (list.size() < 2) {
            throw new IllegalArgumentException("a selection needs at least two policies, was " + list.size());
        }
        this.policies = List.copyOf(list);
        return this;
    }

    /** The measure to select on; it must have a direction ({@link Measure#direction()}). */
    public Selection measure(Measure m) {
        if (m.direction() == Measure.Direction.NONE) {
            throw new IllegalArgumentException(m.key() + " has no better direction (neither more nor less is better "
                    + "in itself): select on a measure such as profit, total_cost, lead_time_mean or on_time_rate");
        }
        this.measure = m;
        return this;
    }

    /** The indifference zone in the measure's units (a share for rates); NaN chooses it from the first stage. */
    public Selection delta(double d) {
        if (!Double.isNaN(d) && !(d > 0 && Double.isFinite(d))) {
            throw new IllegalArgumentException("delta must be > 0, was " + d);
        }
        this.delta = d;
        return this;
    }

    /** The target probability of correct selection, in (1/k, 1); default 0.95. */
    public Selection pcs(double p) {
        this.pcs = p;
        return this;
    }

    /** Replications of every policy before the first screening (n0, at least 2; default 10). */
    public Selection firstStage(int n0) {
        this.firstStage = n0;
        return this;
    }

    /** Most replications of a policy; reached with several contenders, the guarantee is lost. */
    public Selection maxReplications(int n) {
        this.maxReplications = n;
        return this;
    }

    public Selection seed(long s) {
        this.seed = s;
        return this;
    }

    public Selection threads(int t) {
        this.threads = t;
        return this;
    }

    /** Hears the warm-up and the first stage (the one-replication stages after it are too short to show). */
    public Selection progress(Progress p) {
        this.progress = p;
        return this;
    }

    /** Keeps finished replications in {@code s} and reuses those already there (resume). */
    public Selection store(ResultStore s) {
        this.store = s;
        return this;
    }

    public SelectionResult run() {
        if (!(pcs > 1.0 / policies.size() && pcs < 1)) {
            throw new IllegalArgumentException("pcs must lie above 1/k = " + 1.0 / policies.size()
                    + " and below 1, was " + pcs);
        }
        Runner first = new Runner(threads, progress, store);
        Runner next = new Runner(threads, Progress.NONE, store);
        Warmup.Choice warmup = Warmup.choose(scenario, policies, seed, first);
        Scenario fixed = scenario.withWarmup(warmup.days());
        Map<String, List<ReplicationResult>> byPolicy = new LinkedHashMap<>();
        for (Policy p : policies) {
            byPolicy.put(p.name(), new ArrayList<>());
        }
        double sign = measure.direction() == Measure.Direction.HIGHER ? 1 : -1;
        KimNelson.Source source = (systems, from, to) -> {
            List<RunSpec> specs = new ArrayList<>();
            for (int s : systems) {
                for (int r = from; r < to; r++) {
                    List<ReplicationResult> have = byPolicy.get(policies.get(s).name());
                    if (r >= have.size()) {
                        specs.add(new RunSpec("base", fixed, policies.get(s), seed, r));
                    }
                }
            }
            if (!specs.isEmpty()) {
                Runner runner = from == 0 ? first : next;
                List<ReplicationResult> results = runner.run(from == 0 ? "first stage: replications 1-" + to
                        : "replication " + to, specs);
                for (int i = 0; i < specs.size(); i++) {
                    byPolicy.get(specs.get(i).policy().name()).add(results.get(i));
                }
            }
            double[][] v = new double[systems.length][to - from];
            for (int s = 0; s < systems.length; s++) {
                List<ReplicationResult> have = byPolicy.get(policies.get(systems[s]).name());
                for (int r = from; r < to; r++) {
                    v[s][r - from] = sign * have.get(r).values().getOrDefault(measure.key(), Double.NaN);
                }
            }
            return v;
        };
        double zone = delta;
        boolean automatic = Double.isNaN(zone);
        if (automatic) {
            zone = automaticDelta(source);
        }
        KimNelson.Outcome outcome;
        try {
            outcome = new KimNelson(policies.size(), zone, pcs, firstStage, maxReplications).run(source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(measure.key() + ": " + e.getMessage(), e);
        }
        return new SelectionResult(scenario.name(), scenario.currency(), policies, measure, zone, automatic, pcs, firstStage,
                maxReplications, warmup.days(), warmup.method(), outcome, byPolicy);
    }

    /**
     * One percentage point for a share, else 1% of the magnitude of the first-stage mean over all
     * policies: a zone chosen after a look at the data, which the report says.
     */
    private double automaticDelta(KimNelson.Source source) {
        if (measure.unit().equals("share")) {
            return AUTO_DELTA_POINTS;
        }
        int[] all = new int[policies.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double sum = 0;
        int n = 0;
        for (double[] row : source.observe(all, 0, firstStage)) {
            for (double v : row) {
                sum += v;
                n++;
            }
        }
        double zone = AUTO_DELTA_SHARE * Math.abs(sum / n);
        if (!(zone > 0 && Double.isFinite(zone))) {
            throw new IllegalArgumentException("the first-stage mean of " + measure.key() + " is " + sum / n
                    + ": give the indifference zone (delta) in the measure's units");
        }
        return zone;
    }
}
