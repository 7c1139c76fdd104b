package org.ordercycle.experiment;

import java.nio.file.Path;
import java.util.List;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Assumption;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;

/**
 * Which headline conclusions survive what the scenario only assumes. Every parameter the scenario
 * lists under {@code assumptions} is varied over its range by a Latin hypercube ({@link Sweep});
 * at every point siloed and joint run on the same replications, and each conclusion is judged on
 * the paired difference there ({@link RobustnessResult}):
 * <pre>{@code
 * RobustnessResult r = Robustness.on(Path.of("scenarios/baseline.yaml")).points(20).replications(5).run();
 * }</pre>
 * Not thread safe (build, then run once).
 */
public final class Robustness {
    /**
     * A headline conclusion: joint changes {@code measure} in the {@code better} direction
     * (-1: lower is better, +1: higher is better).
     */
    public record Conclusion(String name, String claim, Measure measure, int better) {
    }

    /** The conclusions a manager takes away from a comparison: faster, cheaper, more profitable, fewer errors. */
    public static final List<Conclusion> HEADLINES = List.of(
            new Conclusion("faster", "Joint delivers faster (mean lead time lower)", Measure.LEAD_TIME_MEAN, -1),
            new Conclusion("cheaper", "Joint costs less per delivered order", Measure.COST_PER_ORDER, -1),
            new Conclusion("more-profitable", "Joint earns more profit", Measure.PROFIT, +1),
            new Conclusion("fewer-billing-errors", "Joint sends fewer wrong invoices", Measure.BILLING_ERROR_RATE, -1));

    private final Path file;
    private final Sweep sweep;
    private int points = 20;
    private List<Assumption> assumptions;

    private Robustness(Path file) {
        this.file = file;
        this.sweep = Sweep.on(file).policies(Policy.SILOED, Policy.JOINT);
    }

    /** Robustness of a scenario file's conclusions to its assumptions. */
    public static Robustness on(Path scenarioFile) {
        return new Robustness(scenarioFile);
    }

    /** Latin hypercube points over the assumption ranges (default 20). */
    public Robustness points(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("points must be >= 2, was " + n);
        }
        this.points = n;
        return this;
    }

    /** Replications per point and policy (default 5). */
    public Robustness replications(int r) {
        sweep.replications(r);
        return this;
    }

    /** Seed of the design and the simulation (default 1). */
    public Robustness seed(long s) {
        sweep.seed(s);
        return this;
    }

    public Robustness threads(int t) {
        sweep.threads(t);
        return this;
    }

    public Robustness progress(Progress p) {
        sweep.progress(p);
        return this;
    }

    /** Keeps finished runs in {@code s} and reuses those already there (resume). */
    public Robustness store(ResultStore s) {
        sweep.store(s);
        return this;
    }

    /**
     * Builds the design and loads every point without running, returning the sweep that
     * {@link #run} will run (for estimates of its cost). Refuses a scenario without assumptions.
     */
    public Sweep check() throws ScenarioException {
        if (!sweep.parameters().isEmpty()) {
            return sweep;
        }
        assumptions = ScenarioLoader.load(file).assumptions();
        if (assumptions.isEmpty()) {
            throw new IllegalArgumentException(noAssumptions(file));
        }
        for (Assumption a : assumptions) {
            sweep.range(a.path(), a.low(), a.high());
        }
        sweep.samples(points);
        sweep.check();
        return sweep;
    }

    public RobustnessResult run() throws ScenarioException {
        SweepResult result = check().run();
        return new RobustnessResult(result, assumptions);
    }

    /** What to say of a scenario without assumptions. */
    public static String noAssumptions(Path file) {
        return file + " lists no assumptions: add an 'assumptions' list of {path, low, high, why} entries for the "
                + "parameters no source pins down.";
    }
}
