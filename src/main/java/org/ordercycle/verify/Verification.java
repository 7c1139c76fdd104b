package org.ordercycle.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.Progress;
import org.ordercycle.experiment.RunSpec;
import org.ordercycle.experiment.Runner;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.ReplicationResult;

/**
 * Validation of the engine against closed forms of queueing and inventory theory. Each case
 * has its scenario in {@code scenarios/validation/} (whose header comment states the closed
 * form, its parameters, the expected number and the source); a check passes when the
 * theoretical value lies inside the 99% Student-t interval of the simulated quantity over
 * independent replications (Little's law for the whole company and the variance-amplification
 * bound state their own rule in {@link Check#source()}).
 *
 * <p>Every replication of every case runs on one pool of {@code threads} threads; the results
 * are identical for any thread count. Stateless and thread safe.
 */
public final class Verification {
    /** Confidence level of every interval. */
    public static final double LEVEL = 0.99;
    /** Where the validation scenarios live, relative to the project root. */
    public static final Path DEFAULT_DIR = Path.of("scenarios", "validation");
    /** Replications per case that give meaningful checks in about a minute on two cores. */
    public static final int DEFAULT_REPLICATIONS = 30;

    /** The cases, in report order. */
    static final List<TheoryCheck> CASES = List.of(
            new QueueWait("mmc-sales.yaml"),
            new QueueWait("mg1-deterministic.yaml"),
            new QueueWait("mg1-gamma.yaml"),
            new LittlesLaw("little.yaml"),
            new BaseStockService("base-stock.yaml"),
            new VarianceAmplification("bullwhip.yaml"));

    private Verification() {
    }

    /**
     * The M/M/3 case (check 1): its scenario file in the validation folder and the policy it runs
     * under (siloed, every step but sales switched off). {@code ordercycle bench} times it.
     */
    public static final String MMC_FILE = CASES.get(0).file();

    /** The policy of the M/M/3 case: see {@link #MMC_FILE}. */
    public static Policy mmcPolicy() {
        TheoryCheck mmc = CASES.get(0);
        return Setup.stepsOff(mmc.policies().get(0), mmc.stepsOff());
    }

    /** Every check, with the scenarios of {@link #DEFAULT_DIR} (run from the project root). */
    public static List<Check> runAll(long seed, int replications, int threads) throws ScenarioException {
        return runAll(DEFAULT_DIR, seed, replications, threads, Progress.NONE);
    }

    /**
     * Every check, with the scenarios of {@code dir}, {@code replications} replications (at
     * least 2) of each scenario under each of its policies.
     *
     * @throws ScenarioException     when a validation scenario does not load
     * @throws IllegalStateException when a scenario is not the set-up its closed form needs
     */
    public static List<Check> runAll(Path dir, long seed, int replications, int threads, Progress progress)
            throws ScenarioException {
        if (replications < 2) {
            throw new IllegalArgumentException("a confidence interval needs at least 2 replications, was "
                    + replications);
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<RunSpec> specs = new ArrayList<>();
        for (TheoryCheck c : CASES) {
            Scenario s = ScenarioLoader.load(dir.resolve(c.file()));
            scenarios.add(s);
            for (Policy p : c.policies()) {
                Policy run = Setup.stepsOff(p, c.stepsOff());
                for (int r = 0; r < replications; r++) {
                    specs.add(new RunSpec(c.file(), s, run, seed, r));
                }
            }
        }
        List<ReplicationResult> results = new Runner(threads, progress, null).run("verify", specs);
        List<Check> checks = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < CASES.size(); i++) {
            TheoryCheck c = CASES.get(i);
            Map<Policy, List<ReplicationResult>> runs = new LinkedHashMap<>();
            for (Policy p : c.policies()) {
                runs.put(p, results.subList(next, next + replications));
                next += replications;
            }
            checks.addAll(c.evaluate(scenarios.get(i), runs));
        }
        return List.copyOf(checks);
    }

    /** Number of checks that passed. */
    public static long passed(List<Check> checks) {
        return checks.stream().filter(Check::passed).count();
    }
}
