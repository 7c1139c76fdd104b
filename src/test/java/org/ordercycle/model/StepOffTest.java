package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * Switching a step off is a setting of its main lever. On {@code mechanisms/invariants.yaml},
 * where every step works, each step-off runs with balanced books (a replication throws
 * InvariantViolation when orders or money are not conserved) and does what its behaviour says:
 * exact zeros where the company no longer does the step, against a run that shows the step at work.
 */
class StepOffTest {
    private static final Scenario SCENARIO = Runs.scenario("invariants", Map.of("horizonDays", "60"));

    static Stream<Arguments> stepOffs() {
        return Arrays.stream(Lever.values()).filter(l -> l.stepOff() != null)
                .flatMap(l -> Stream.of(Policy.SILOED, Policy.JOINT).map(p -> Arguments.of(l.cliName(), p.with(l, l.stepOff()))));
    }

    @ParameterizedTest(name = "{0}=step-off on {1}")
    @MethodSource("stepOffs")
    void eachStepOffRunsWithOrdersAndMoneyConserved(String lever, Policy policy) {
        Runs.Recorded run = Runs.record(SCENARIO, policy); // throws InvariantViolation on unbalanced books
        ReplicationResult r = run.result();
        assertEquals(r.ordersSimulated(), run.orders().size(), "every placed order reported once");
        assertTrue(r.value(Measure.ORDERS_DELIVERED) > 0, lever + " off still delivers");
        assertFalse(policy.performs(Lever.byName(lever).step()));
    }

    @Test
    void everyStepHasOneMainLeverWhoseLastSettingIsStepOff() {
        for (int step = 1; step <= 10; step++) {
            Lever main = Lever.mainOf(step);
            assertEquals(step, main.step());
            assertEquals(main.settings().get(main.settings().size() - 1), main.stepOff(), main.cliName());
            assertFalse(main.siloedPreset().stepOff() || main.jointPreset().stepOff(), "presets perform every step");
            assertTrue(Policy.SILOED.performs(step) && Policy.JOINT.performs(step));
        }
        for (Lever second : List.of(Lever.STOCK_INFO, Lever.CUSTOMER_FORMAT, Lever.REPLENISHMENT)) {
            assertEquals(null, second.stepOff(), second.cliName() + " is a second lever of its step");
        }
    }

    @Test
    void withoutBillingNoInvoiceIsWrongOrDisputed() {
        ReplicationResult on = Runs.run(SCENARIO, Policy.SILOED);
        ReplicationResult off = Runs.run(SCENARIO, Policy.SILOED.with(Lever.BILLING_CHECK, Lever.BILLING_CHECK.stepOff()));
        assertTrue(on.value(Measure.BILLING_ERROR_RATE) > 0, "siloed billing errs on this scenario");
        assertEquals(0, off.value(Measure.BILLING_ERROR_RATE));
        assertEquals(0, off.value(Measure.DISPUTED_AMOUNT));
        assertEquals(0, off.value(Measure.BILLING_REWORK_COST));
    }

    @Test
    void withoutReturnsNothingComesBack() {
        ReplicationResult on = Runs.run(SCENARIO, Policy.JOINT);
        ReplicationResult off = Runs.run(SCENARIO,
                Policy.JOINT.with(Lever.RETURNS_PROCEDURE, Lever.RETURNS_PROCEDURE.stepOff()));
        assertTrue(on.value(Measure.ORDERS_RETURNED) > 0, "5% of orders come back when returns work");
        assertEquals(0, off.value(Measure.ORDERS_RETURNED));
        assertEquals(0, off.value(Measure.RETURNS_HANDLING_COST));
    }

    @Test
    void withoutSelectionNoOrderIsRefused() {
        Policy executives = Policy.SILOED.with(Lever.STRATEGIC_SELECTION, Lever.STRATEGIC_SELECTION.settingNamed("executive"));
        ReplicationResult on = Runs.run(SCENARIO, executives);
        ReplicationResult off = Runs.run(SCENARIO,
                executives.with(Lever.STRATEGIC_SELECTION, Lever.STRATEGIC_SELECTION.stepOff()));
        assertTrue(on.value(Measure.ORDERS_REJECTED) > 0, "executives refuse some orders on this scenario");
        assertEquals(0, off.value(Measure.ORDERS_REJECTED));
    }
}
