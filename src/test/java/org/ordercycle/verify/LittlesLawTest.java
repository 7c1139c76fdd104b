package org.ordercycle.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.Progress;
import org.ordercycle.experiment.RunSpec;
import org.ordercycle.experiment.Runner;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.ReplicationResult;

/**
 * Little's law at the departments: the end-of-window effect is measured, so the check holds at
 * any number of replications, and it still fails when lambda, W or L is wrong.
 */
class LittlesLawTest {
    private static final String FILE = "little.yaml";

    /** Replications of the validation scenario with the given warm-up and measured window T (days). */
    private static Map<Policy, List<ReplicationResult>> run(double warmup, double days, long seed, int replications)
            throws ScenarioException {
        Scenario s = ScenarioLoader.load(Verification.DEFAULT_DIR.resolve(FILE),
                Map.of("warmupDays", String.valueOf(warmup), "horizonDays", String.valueOf(days)));
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            for (int r = 0; r < replications; r++) {
                specs.add(new RunSpec(FILE, s, p, seed, r));
            }
        }
        List<ReplicationResult> all = new Runner(2, Progress.NONE, null).run("little", specs);
        return Map.of(Policy.SILOED, all.subList(0, replications), Policy.JOINT, all.subList(replications,
                2 * replications));
    }

    private static List<Check> departments(Map<Policy, List<ReplicationResult>> runs) {
        return new LittlesLaw(FILE).evaluate(null, runs).stream().filter(c -> !c.name().contains("company")).toList();
    }

    @Test
    void theUncorrectedDifferenceDriftsWithManyReplicationsButTheCorrectedCheckHolds() throws ScenarioException {
        // L - lambda W is made only of the jobs present at the window's ends, so its mean (the end
        // effect) and its spread both scale as 1/T. At billing the mean is about 0.2 standard
        // deviations of one replication (measured over 100 replications of the scenario's 730
        // days: t = 1.6 to 2.3), so the old rule (the 99% interval of L - lambda W contains 0)
        // rejects a correct engine once 0.2 sqrt(n) passes t(0.995) = 2.6, from about 175
        // replications on. 400 replications of a 10-day window keep this cheap.
        Map<Policy, List<ReplicationResult>> runs = run(30.5, 10, 11, 400);
        List<Check> checks = departments(runs);
        assertEquals(14, checks.size()); // 7 departments under each policy (marketing meets under joint planning)
        long oldRuleRejects = 0;
        for (Policy p : runs.keySet()) {
            for (String d : LittlesLaw.DEPARTMENTS) {
                double[] diff = new double[runs.get(p).size()];
                for (int i = 0; i < diff.length; i++) {
                    Map<String, Double> v = runs.get(p).get(i).values();
                    diff[i] = v.get(key(d, "in_system")) - v.get(key(d, "arrival_rate")) * v.get(key(d, "sojourn"));
                }
                Estimate e = Estimate.of(diff, Verification.LEVEL);
                if (e.sd() > 1e-12 && !Check.contains(e, 0)) {
                    oldRuleRejects++;
                }
            }
        }
        assertTrue(oldRuleRejects > 0, "with 400 replications the end effect shows in L - lambda W");
        checks.forEach(c -> assertTrue(c.passed(), c.name() + ": " + c.estimate()));
    }

    @Test
    void aWrongArrivalRateSojournOrLIsCaught() throws ScenarioException {
        Map<Policy, List<ReplicationResult>> runs = run(30.5, 30, 3, 10);
        assertTrue(departments(runs).stream().allMatch(Check::passed), "the engine's own values pass");
        // billing sees about 10 jobs a day, L about 0.1: an error of 0.1% in one of the three
        // estimates moves L - lambda W by about 1e-4 jobs, far above the rounding level of 1e-12
        for (String field : List.of("arrival_rate", "sojourn", "in_system")) {
            Map<Policy, List<ReplicationResult>> wrong = scale(runs, key("billing", field), x -> x * 1.001);
            Check billing = departments(wrong).stream()
                    .filter(c -> c.name().contains(" billing, siloed")).findFirst().orElseThrow();
            assertFalse(billing.passed(), field + " off by 0.1% must fail: " + billing.estimate());
        }
    }

    @Test
    void anExactIdentityWithALargeEndEffectStillFails() {
        // L = lambda W + end effect holds exactly (1.0 = 2 x 0.45 + 0.1), but the end effect is
        // 10% of L: the window is too short for lambda W to stand for L
        Map<String, Double> v = Map.of(key("sales", "arrival_rate"), 2.0, key("sales", "sojourn"), 0.45,
                key("sales", "in_system"), 1.0, key("sales", "end_effect"), 0.1);
        List<ReplicationResult> reps = List.of(result(v, 0), result(v, 1), result(v, 2));
        Check c = LittlesLaw.department(reps, "sales", Policy.SILOED);
        assertEquals(0, c.estimate().mean(), 1e-15);
        assertFalse(c.passed());
        Map<String, Double> small = new HashMap<>(v);
        small.put(key("sales", "sojourn"), 0.4995);
        small.put(key("sales", "end_effect"), 0.001); // 1.0 = 2 x 0.4995 + 0.001, end effect 0.1% of L
        assertTrue(LittlesLaw.department(List.of(result(small, 0), result(small, 1)), "sales", Policy.SILOED)
                .passed());
    }

    @Test
    @Tag("slow")
    void holdsOverManyReplicationsAndSeeds() throws ScenarioException {
        // the brief of the check: independent 60-replication runs and one run of 200
        for (long seed : new long[] {21, 22, 23}) {
            departments(run(120.5, 730, seed, 60)).forEach(c -> assertTrue(c.passed(), "seed " + seed + ": " + c.name()));
        }
        Map<Policy, List<ReplicationResult>> many = run(120.5, 730, 31, 200);
        new LittlesLaw(FILE).evaluate(null, many).forEach(c -> assertTrue(c.passed(), c.name() + ": " + c.estimate()));
    }

    private static String key(String department, String field) {
        return "department[" + department + "." + field + "]";
    }

    private static ReplicationResult result(Map<String, Double> values, int replication) {
        return new ReplicationResult(FILE, "siloed", 1, replication, values, List.of(), 0, 0);
    }

    private static Map<Policy, List<ReplicationResult>> scale(Map<Policy, List<ReplicationResult>> runs, String key,
                                                              UnaryOperator<Double> f) {
        Map<Policy, List<ReplicationResult>> out = new HashMap<>();
        runs.forEach((p, reps) -> out.put(p, reps.stream().map(r -> {
            Map<String, Double> v = new HashMap<>(r.values());
            v.computeIfPresent(key, (k, x) -> f.apply(x));
            return new ReplicationResult(r.scenario(), r.policy(), r.seed(), r.replication(), v, r.periods(),
                    r.events(), r.ordersSimulated());
        }).toList()));
        return out;
    }
}
