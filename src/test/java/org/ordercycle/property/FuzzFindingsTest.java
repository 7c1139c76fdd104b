package org.ordercycle.property;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;

/**
 * Bugs found by {@link ScenarioPropertiesTest} and {@link FuzzedScenariosTest}, each reduced to a
 * small input and kept as a regression test now that it is fixed.
 */
class FuzzFindingsTest {
    private static final String MINIMAL = "src/test/resources/scenarios/valid/minimal.yaml";

    /** The YAML tag !!binary makes Jackson hand over an embedded object that YamlReader does not expect. */
    @Test
    void aBinaryTagIsAnErrorNotACrash() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse("name: !!binary aGVsbG8=\n", "binary.yaml"));
        assertTrue(e.getMessage().startsWith("binary.yaml:1:"), e.getMessage());
    }

    /** Stock is a double in the scenario (no upper bound) but an int in ProductModel.onHand(). */
    @Test
    void aHugeInitialStockIsRefusedOrRuns() throws IOException {
        String yaml = Files.readString(Path.of(MINIMAL))
                .replace("strategy: makeToStock", "strategy: makeToStock\n    initialStock: 2147483648");
        Scenario s;
        try {
            s = ScenarioLoader.parse(yaml, "stock.yaml", Map.of("horizonDays", "10", "warmupDays", "0"));
        } catch (ScenarioException refused) {
            return; // a range check on initialStock would be a fix too
        }
        Simulation.replicate(s, Policy.SILOED, 1, 0); // InvariantViolation: product pump has negative stock -2147483648
    }

    /**
     * WorkCalendar.finish walks a working-time duration day by day: a handling time of 1e9 days
     * takes minutes, 1e300 never ends (left - available == left). No @Range caps these durations.
     */
    @Test
    void aHugeWorkingTimeEnds() throws Exception {
        String yaml = Files.readString(Path.of(MINIMAL)).replace("departments:\n",
                "departments:\n  sales: {handling: {dist: deterministic, value: 1e300}}\n");
        Scenario s = ScenarioLoader.parse(yaml, "handling.yaml", Map.of("horizonDays", "10", "warmupDays", "0"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Simulation.replicate(s, Policy.SILOED, 1, 0));
    }

    /**
     * Validation checked mean and sd one by one, so {@code sd: 1e155} passed; the sampler's gamma
     * shape (mean/sd)^2 then underflowed to 0 and the run stopped with "Internal error: alpha <= 0".
     * Six of 430 fuzzed files that loaded did this. Now refused at loading, at the sd's path.
     */
    @Test
    void aGammaWhoseShapeUnderflowsIsRefusedAtItsPath() throws IOException {
        String yaml = Files.readString(Path.of(MINIMAL)).replace("{dist: gamma, mean: 3, sd: 2}",
                "{dist: gamma, mean: 30, sd: 1e155}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "gamma.yaml"));
        assertTrue(e.getMessage().startsWith("gamma.yaml:27:") && e.getMessage().contains("segments[0].orderSize.sd"),
                e.getMessage());
    }

    /** Error messages quote the offending value raw: an ESC sequence reaches the terminal, U+2028 breaks the line. */
    @Test
    void errorMessagesQuoteControlCharacters() throws IOException {
        String yaml = Files.readString(Path.of(MINIMAL)).replace("leadsPerDay: 6", "leadsPerDay: \"\\e[31mX\\LY\"");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "escape.yaml"));
        // today: escape.yaml:26:18 segments[0].leadsPerDay must be a number, was "<ESC>[31mX<U+2028>Y"
        assertFalse(e.getMessage().matches("(?s).*[\\x00-\\x09\\x0b-\\x1f\\x7f\\x85\\u2028\\u2029].*"), e.getMessage());
    }

    /** A file over SnakeYAML's 3 MiB code-point limit is read for 5-6 s before it is refused. */
    @Test
    void anOversizedFileIsRefusedQuickly() throws IOException {
        String yaml = Files.readString(Path.of(MINIMAL)).replace("name: minimal", "name: " + "x".repeat(3_200_000));
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "big.yaml")));
    }

    /**
     * Capacity utilisation is a share but comes out as 1.0000000000000002 (floating-point rounding
     * of busy over available hours) with planning off. Found by ScenarioPropertiesTest, reduced by
     * deleting lines while it still failed.
     */
    @Test
    void capacityUtilisationNeverExceedsOne() throws ScenarioException {
        String yaml = """
            name: generated
            horizonDays: 20
            warmupDays: 0
            products:
              - id: P0
                line: L0
                listPrice: 10
                unitCost: 0
                ratePerHour: 1.41
                strategy: makeToStock
                changeoverTime: {dist: normal, mean: 0.29, sd: 2.94, unit: hour}
                initialStock: 35.66
                standardLeadTimeDays: 0.62
                scrapRate: 0.12
                volumeDiscounts:
                  - {minQuantity: 1.06, discount: 0.25}
            lines:
              - id: L0
                maxRegularHoursPerDay: 17.24
                maxOvertimeHoursPerDay: 2.65
            segments:
              - id: S0
                leadsPerDay: 1
                orderSize: {dist: triangular, min: 1, mode: 1.01, max: 1.01}
                requestedLeadTime: 1
                baseAcceptance: 0
                productMix: {P0: 1}
              - id: S1
                leadsPerDay: 23.23
                orderSize: 1.09
                requestedLeadTime: {dist: lognormal, mean: 6.81, sd: 17.69}
                seasonalityAmplitude: 0.02
                baseAcceptance: 0.85
                productMix: {P0: 0.8}
            departments:
              sales: {staff: 2, handling: {dist: normal, mean: 7, sd: 0.19, unit: minute}, roundTheClock: true}
            steps:
              planning: {periodDays: 2.91, forecast: movingAverage, inflationSd: 0.3, safetyFactor: 0.49, replenishmentPeriods: 0.8}
              entry: {inboxIntervalDays: 0.56, errorPerKeying: 0.06, rekeyTime: {dist: gamma, mean: 0.14, sd: 2.15, unit: minute}}
            """;
        Scenario s = ScenarioLoader.parse(yaml, "utilisation.yaml");
        Policy planningOff = Policy.SILOED.with(Lever.JOINT_PLANNING, Lever.JOINT_PLANNING.stepOff());
        double u = Simulation.replicate(s, planningOff, 1767, 0).value(Measure.CAPACITY_UTILISATION);
        assertTrue(u <= 1, "capacity_utilisation = " + u);
    }
}
