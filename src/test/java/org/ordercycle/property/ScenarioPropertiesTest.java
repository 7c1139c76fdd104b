package org.ordercycle.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * Random valid scenarios (see {@link ScenarioGen}) load, run under siloed, joint and a random
 * mix of levers without breaking an invariant, are deterministic, and report shares in [0, 1]
 * and non-negative counts. A failing case is reported with its YAML; jqwik shrinks it towards
 * one product, one line, one segment and round numbers.
 */
class ScenarioPropertiesTest {

    /** Units of measures that count things and therefore can never be negative. */
    private static final Set<String> COUNT_UNITS = Set.of("orders", "leads", "shipments", "changeovers", "breaks");

    /** Slack above 1 allowed for shares (none: see FuzzFindingsTest.capacityUtilisationNeverExceedsOne). */
    private static final double SHARE_TOLERANCE = 0.0;

    /** Measures with unit "share" that are ratios to demand rather than shares of a whole. */
    private static final Set<Measure> RELATIVE_TO_DEMAND =
            Set.of(Measure.FORECAST_BIAS, Measure.PLAN_BIAS, Measure.FORECAST_ERROR);

    @Property(tries = 60, seed = "20261126", shrinking = ShrinkingMode.BOUNDED)
    void generatedScenariosLoadRunAndAreSane(@ForAll("scenarios") ScenarioGen.Generated g,
                                             @ForAll("mixes") Set<Lever> mix,
                                             @ForAll("stepsOff") Set<Integer> off,
                                             @ForAll("seeds") long seed) {
        check(g, mix, off, seed);
    }

    /** Many more cases with random seeds: {@code ./mvnw test -Dgroups=slow -Dtest=ScenarioPropertiesTest}. */
    @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
    @Tag("slow")
    void generatedScenariosLoadRunAndAreSaneSlow(@ForAll("scenarios") ScenarioGen.Generated g,
                                                 @ForAll("mixes") Set<Lever> mix,
                                                 @ForAll("stepsOff") Set<Integer> off,
                                                 @ForAll("seeds") long seed) {
        check(g, mix, off, seed);
    }

    @Provide
    Arbitrary<ScenarioGen.Generated> scenarios() {
        return ScenarioGen.scenarios();
    }

    @Provide
    Arbitrary<Set<Lever>> mixes() {
        return Arbitraries.subsetOf(Lever.values());
    }

    /** Steps (1..10) the mixed policy switches off, each by its main lever's step-off setting. */
    @Provide
    Arbitrary<Set<Integer>> stepsOff() {
        return Arbitraries.subsetOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(1, 1_000_000);
    }

    private static void check(ScenarioGen.Generated g, Set<Lever> mix, Set<Integer> off, long seed) {
        try {
            Scenario s = ScenarioLoader.parse(g.yaml(), "generated.yaml");
            Policy mixed = Policy.SILOED;
            for (Lever lever : mix) {
                mixed = mixed.with(lever, true);
            }
            for (int step : off) {
                Lever main = Lever.mainOf(step);
                mixed = mixed.with(main, main.stepOff());
            }
            List<Policy> policies = List.of(Policy.SILOED, Policy.JOINT, mixed);
            for (int i = 0; i < policies.size(); i++) {
                Policy policy = policies.get(i);
                ReplicationResult first = Simulation.replicate(s, policy, seed, 0);
                sane(first.values(), policy);
                Statistics.label("orders delivered under " + List.of("siloed", "joint", "the mix").get(i))
                        .collect(first.value(Measure.ORDERS_DELIVERED) > 0 ? "some" : "none");
                if (i == 2) { // determinism: the same run again
                    ReplicationResult again = Simulation.replicate(s, policy, seed, 0);
                    assertEquals(first.values(), again.values(), "two runs of " + policy + " differ");
                }
            }
        } catch (Throwable e) {
            throw new AssertionError("failing scenario (levers joint: " + mix + ", steps off: " + off + ", seed " + seed
                    + "):\n"
                    + g.yaml() + "\n--- " + e, e);
        }
    }

    /** Shares are NaN or in [0, 1]; counts are >= 0 (company-wide and per segment). */
    static void sane(Map<String, Double> values, Policy policy) {
        List<String> problems = new ArrayList<>();
        values.forEach((key, v) -> {
            String base = key.contains("[") ? key.substring(0, key.indexOf('[')) : key;
            Measure m;
            try {
                m = Measure.byKey(base);
            } catch (IllegalArgumentException notAMeasure) {
                return; // step_time[...], department[...], system[...]
            }
            if (RELATIVE_TO_DEMAND.contains(m)) {
                // (forecast - demand) / demand and |forecast - demand| / demand: not probabilities, but a
                // forecast or plan is never negative, so a bias is >= -1 and an error >= 0
                if (!Double.isNaN(v) && !(v >= (m == Measure.FORECAST_ERROR ? 0 : -1))) {
                    problems.add(key + " = " + v + " is below its floor");
                }
            } else if (m.unit().equals("share") && !Double.isNaN(v) && !(v >= 0 && v <= 1 + SHARE_TOLERANCE)) {
                problems.add(key + " = " + v + " is a share outside [0, 1]");
            }
            if (COUNT_UNITS.contains(m.unit()) && !(v >= 0)) {
                problems.add(key + " = " + v + " is a count below 0");
            }
        });
        for (Measure m : Measure.values()) {
            if (!values.containsKey(m.key())) {
                problems.add(m.key() + " is not reported");
            }
        }
        assertTrue(problems.isEmpty(), policy.name() + ": " + String.join("; ", problems));
    }
}
