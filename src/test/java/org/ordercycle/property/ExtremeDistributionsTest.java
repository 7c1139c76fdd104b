package org.ordercycle.property;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * Validation and sampling agree: a generated scenario with one distribution set to extreme
 * parameters (see {@link ScenarioGen#extremeDist}) is either refused with an error at that
 * distribution's path, or runs 10 days under siloed and joint without an exception. Before the
 * sampler's parameters were checked at loading, {@code {dist: gamma, mean: 30, sd: 1e155}} passed
 * validation and stopped the run with "alpha <= 0".
 */
class ExtremeDistributionsTest {

    @Property(tries = 80, seed = "20261207", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void acceptedDistributionsCanBeSampled(@ForAll("scenarios") ScenarioGen.Generated g,
                                           @ForAll("paths") String path, @ForAll("dists") String dist) {
        check(g, path, dist);
    }

    /** Many more cases: {@code ./mvnw test -Dgroups=slow -Dtest=ExtremeDistributionsTest}. */
    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    @Tag("slow")
    void acceptedDistributionsCanBeSampledSlow(@ForAll("scenarios") ScenarioGen.Generated g,
                                               @ForAll("paths") String path, @ForAll("dists") String dist) {
        check(g, path, dist);
    }

    /** Found by the slow property: SSJ threw "Undefined mean" from the loader instead of a refusal. */
    @Example
    void aNormalWhoseTruncationLeavesNothingIsRefusedAtItsPath() {
        String path = "segments[0].orderSize";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
                Path.of("scenarios/classroom.yaml"), Map.of(path, "{dist: normal, mean: 1.0e-320, sd: 1.0e-320}")));
        assertTrue(e.errors().stream().map(ScenarioError::path).anyMatch(p -> p.startsWith(path)), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Provide
    Arbitrary<ScenarioGen.Generated> scenarios() {
        return ScenarioGen.scenarios();
    }

    /** Distributions every generated scenario has: durations, days and order sizes. */
    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("segments[0].orderSize", "segments[0].requestedLeadTime", "segments[0].paymentDays",
                "segments[0].returnDelay", "products[0].changeoverTime", "products[0].installTime");
    }

    @Provide
    Arbitrary<String> dists() {
        return ScenarioGen.extremeDist();
    }

    static void check(ScenarioGen.Generated g, String path, String dist) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put(path, dist);
        overrides.put("horizonDays", "10");
        overrides.put("warmupDays", "0");
        Scenario s;
        try {
            s = ScenarioLoader.parse(g.yaml(), "generated.yaml", overrides);
        } catch (ScenarioException e) {
            assertTrue(e.errors().stream().map(ScenarioError::path).anyMatch(p -> p.startsWith(path)),
                    "refused, but not at " + path + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
            Statistics.label("verdict").collect("refused");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("the loader threw " + e + " for " + path + ": " + dist, e);
        }
        Statistics.label("verdict").collect("accepted and run");
        for (Policy policy : new Policy[] {Policy.SILOED, Policy.JOINT}) {
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Simulation.replicate(s, policy, 1, 0),
                        () -> "10 days took over 20 s with " + path + ": " + dist);
            } catch (RuntimeException e) {
                throw new AssertionError("accepted " + path + ": " + dist + ", but 10 days under " + policy.name()
                        + " threw " + e, e);
            }
        }
    }
}
