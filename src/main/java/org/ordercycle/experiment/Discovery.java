package org.ordercycle.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.discovery.Condition;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;

/**
 * Scenario discovery (Bryant and Lempert 2010, "Thinking inside the box", Technological
 * Forecasting and Social Change 77:34-49): a Latin hypercube over ranges of scenario parameters,
 * a condition such as {@code "total_cost[joint] < total_cost[siloed]"} evaluated at each point on
 * the means of paired replications (common random numbers: replication r of every policy uses
 * substream r), then PRIM and a classification tree find where it holds
 * ({@link DiscoveryResult}).
 * <pre>{@code
 * DiscoveryResult d = Discovery.on(Path.of("scenarios/classroom.yaml"))
 *         .range("steps.planning.inflationMean", 0, 0.4)
 *         .when("total_cost[joint] < total_cost[siloed]").points(50).replications(3).run();
 * }</pre>
 * The design is the sweep's Latin hypercube of the seed: the same seed gives the same points and
 * the same answer on any number of threads. Not thread safe (build, then run once).
 */
public final class Discovery {
    private final Path file;
    private final ParameterSpace space = new ParameterSpace();
    private Condition condition;
    private int points = 50;
    private int replications = 3;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Double threshold;
    private Progress progress = Progress.NONE;
    private ResultStore store;

    private Discovery(Path file) {
        this.file = file;
    }

    public static Discovery on(Path scenarioFile) {
        return new Discovery(scenarioFile);
    }

    /** A numeric field varied over [lo, hi] (lo < hi). */
    public Discovery range(String path, double lo, double hi) {
        space.range(path, lo, hi);
        return this;
    }

    /** Sets a field to the same value at every point; not a parameter. */
    public Discovery set(String path, String value) {
        space.set(path, value);
        return this;
    }

    /**
     * The condition to explain; every {@code measure[policy]} must name a measure
     * ({@code ordercycle measures}) and the policy siloed or joint. Errors name the position.
     */
    public Discovery when(String text) {
        Condition c = Condition.parse(text);
        if (c.references().isEmpty()) {
            throw new IllegalArgumentException("condition \"" + text + "\" reads no measure[policy]");
        }
        for (Condition.Reference r : c.references()) {
            try {
                Measure.byKey(r.measure());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("condition \"" + text + "\", position " + r.position()
                        + ": unknown measure '" + r.measure() + "' (ordercycle measures lists them)");
            }
            if (Policy.preset(r.policy()) == null) {
                throw new IllegalArgumentException("condition \"" + text + "\", position " + r.position()
                        + ": the policy must be siloed or joint, was '" + r.policy() + "'");
            }
        }
        this.condition = c;
        return this;
    }

    /** Latin hypercube points (default 50). */
    public Discovery points(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("discovery needs at least 2 points, was " + n);
        }
        this.points = n;
        return this;
    }

    public Discovery replications(int r) {
        if (r < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + r);
        }
        this.replications = r;
        return this;
    }

    /** PRIM box at this density (the most-covering box reaching it); without one, the knee. */
    public Discovery threshold(Double density) {
        if (density != null && !(density > 0 && density <= 1)) {
            throw new IllegalArgumentException("the density threshold must be in (0, 1], was " + density);
        }
        this.threshold = density;
        return this;
    }

    public Discovery seed(long s) {
        this.seed = s;
        return this;
    }

    public Discovery threads(int t) {
        this.threads = t;
        return this;
    }

    public Discovery progress(Progress p) {
        this.progress = p;
        return this;
    }

    public Discovery store(ResultStore s) {
        this.store = s;
        return this;
    }

    public List<String> parameters() {
        return List.copyOf(space.ranges().keySet());
    }

    /** The Latin hypercube points with their values. */
    public List<SweepResult.Point> design() throws ScenarioException {
        if (space.ranges().isEmpty()) {
            throw new IllegalArgumentException("discovery needs at least one parameter range");
        }
        Map<String, Boolean> whole = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : space.ranges().entrySet()) {
            whole.put(e.getKey(), SweepDesign.wholeNumbers(o -> ScenarioLoader.load(file, space.withFixed(o)), e.getKey(),
                    e.getValue()));
        }
        return SweepDesign.points(Map.of(), SweepDesign.sample(space.ranges(), whole, points, seed));
    }

    public int check() throws ScenarioException {
        return sweep(design()).check();
    }

    /** Runs the points under the policies the condition reads, then PRIM and the tree. */
    public DiscoveryResult run() throws ScenarioException {
        if (condition == null) {
            throw new IllegalArgumentException("discovery needs a condition (when)");
        }
        SweepResult sweep = sweep(design()).run();
        return DiscoveryResult.of(condition, parameters(), space.ranges(), sweep, threshold);
    }

    private List<Policy> policies() {
        List<Policy> list = new ArrayList<>();
        if (condition != null) {
            for (Condition.Reference r : condition.references()) {
                Policy p = Policy.preset(r.policy());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
        return list.isEmpty() ? List.of(Policy.SILOED, Policy.JOINT) : list;
    }


    private Sweep sweep(List<SweepResult.Point> design) {
        return space.sweepOf(file).points(parameters(), design).policies(policies()).replications(replications).seed(seed)
                .threads(threads).progress(progress).store(store);
    }
}
