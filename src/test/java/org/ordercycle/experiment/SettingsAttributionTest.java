package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.Setting;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;

/** Attribution over chosen pairs of settings, and the mixed-level factorial, on a short classroom run. */
class SettingsAttributionTest {
    private static final Setting JUNIOR = Lever.STRATEGIC_SELECTION.settingNamed("junior");
    private static final Setting SENIOR = Lever.STRATEGIC_SELECTION.settingNamed("senior-capacity");
    private static final Setting ORDER_RECORD = Lever.BILLING_CHECK.settingNamed("order-record");
    private static final Setting SHIPPING_ONLY = Lever.BILLING_CHECK.settingNamed("shipping-only");
    private static final Setting SHIPPING_AND_SALES = Lever.BILLING_CHECK.settingNamed("shipping-and-sales");

    private final Scenario shortRun = load();

    private static Scenario load() {
        try {
            return ScenarioLoader.load(Path.of("scenarios/classroom.yaml"), Map.of("horizonDays", "60", "warmupDays", "10"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void presetsLeaveReplenishmentOutOfTheDesign() {
        TwoLevels presets = TwoLevels.presets();
        assertTrue(presets.arePresets());
        assertEquals(List.of(Lever.REPLENISHMENT), presets.fixed());
        assertEquals(Lever.values().length - 1, presets.factors().size());
        assertEquals(Policy.SILOED, presets.lowCorner());
        assertEquals(Policy.JOINT, presets.highCorner());
    }

    /**
     * Two factors (every other lever given its siloed setting twice): a 2^2 full design whose four
     * points are the whole one-at-a-time view too. A main effect is, per replication, the mean of
     * the two points at +1 minus the mean of the two at -1, averaged over replications.
     */
    @Test
    void aChosenPairPerLeverIsTheDesignsTwoLevels() {
        TwoLevels levels = TwoLevels.presets();
        for (Lever l : Lever.values()) {
            levels = levels.with(l.siloedPreset(), l.siloedPreset());
        }
        levels = levels.with(JUNIOR, SENIOR).with(ORDER_RECORD, SHIPPING_ONLY);
        assertEquals(List.of(Lever.STRATEGIC_SELECTION, Lever.BILLING_CHECK), levels.factors());
        AttributionResult a = Attribution.on(shortRun).levels(levels).design(Design.Kind.FULL).replications(2)
                .threads(2).run();
        assertEquals(4, a.points().size());
        assertEquals(4, a.runs().size(), "the corners and switches are design points");
        assertEquals(SENIOR, a.points().get(1).setting(Lever.STRATEGIC_SELECTION));
        assertEquals(SHIPPING_ONLY, a.points().get(2).setting(Lever.BILLING_CHECK));
        assertEquals(levels.lowCorner().levers(), a.points().get(0).levers());
        Measure m = Measure.BILLING_ERROR_RATE;
        double[][] y = new double[4][];
        for (int i = 0; i < 4; i++) {
            y[i] = a.values(a.points().get(i), m.key());
        }
        double expected = 0;
        for (int r = 0; r < 2; r++) {
            expected += ((y[2][r] + y[3][r]) - (y[0][r] + y[1][r])) / 2 / 2;
        }
        Effects.Term billing = a.ranking(m).stream().filter(e -> e.term().term().equals("billing-check")).findFirst()
                .orElseThrow().term();
        assertEquals(expected, billing.estimate().mean(), 1e-12);
        assertTrue(billing.estimate().mean() < 0, "shipping-only removes the quantity errors: " + billing.estimate());
        assertEquals(List.of("scenario", "policy", "strategic-selection", "billing-check"),
                a.resultsTable().columnNames().subList(0, 4), "a column per factor, no other lever");
    }

    /**
     * 3 x 3 factorial of selection and billing, other levers siloed. Expected by the mechanism:
     * consulting shipping removes quantity errors, consulting sales as well removes price errors,
     * so the effect on invoices with an error of shipping-and-sales is below that of
     * shipping-only, which is below 0 (both against order-record).
     */
    @Test
    void mixedLevelFactorialReportsEveryCombinationAndEachSettingsMainEffect() {
        Factorial f = Factorial.on(shortRun, List.of(Lever.STRATEGIC_SELECTION, Lever.BILLING_CHECK)).replications(2)
                .threads(2);
        List<Policy> policies = f.policies();
        assertEquals(9, policies.size());
        assertEquals("strategic-selection=junior,billing-check=order-record", policies.get(0).name());
        assertEquals("strategic-selection=junior,billing-check=shipping-only", policies.get(1).name());
        assertEquals(Policy.SILOED.levers(), policies.get(0).levers());
        FactorialResult r = f.run();
        Measure m = Measure.BILLING_ERROR_RATE;
        assertEquals(9 * Experiment.PRIMARY.size(), r.cells().size());
        assertEquals((2 + 2) * Experiment.PRIMARY.size(), r.effects().size(), "two non-base settings per lever");
        double shippingOnly = effect(r, m, SHIPPING_ONLY);
        double both = effect(r, m, SHIPPING_AND_SALES);
        assertTrue(both < shippingOnly && shippingOnly < 0, both + " < " + shippingOnly + " < 0");
        // the main effect is the mean of the cell means with the setting minus those with the base's
        double with = 0;
        double base = 0;
        for (FactorialResult.Cell c : r.cells()) {
            if (c.measure() == m && c.policy().setting(Lever.BILLING_CHECK) == SHIPPING_ONLY) {
                with += c.estimate().mean() / 3;
            } else if (c.measure() == m && c.policy().setting(Lever.BILLING_CHECK) == ORDER_RECORD) {
                base += c.estimate().mean() / 3;
            }
        }
        assertEquals(with - base, shippingOnly, 1e-12);
        assertEquals(List.of("policy", "strategic-selection", "billing-check", "measure", "n", "mean", "ci_low", "ci_high"),
                r.combinationsTable().columnNames());
        assertEquals(r.effects().size(), r.settingEffectsTable().rowCount());
    }

    @Test
    void aFactorialOfMoreThan64CombinationsIsRefused() {
        List<Lever> levers = List.of(Lever.JOINT_PLANNING, Lever.STRATEGIC_SELECTION, Lever.BILLING_CHECK,
                Lever.CAPACITY_INFO, Lever.STOCK_INFO);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Factorial.on(shortRun, levers));
        assertTrue(e.getMessage().contains("has 108 combinations, more than the 64 allowed"), e.getMessage());
    }

    private static double effect(FactorialResult r, Measure m, Setting s) {
        return r.effects().stream().filter(e -> e.measure() == m && e.setting() == s).findFirst().orElseThrow()
                .effect().mean();
    }
}
