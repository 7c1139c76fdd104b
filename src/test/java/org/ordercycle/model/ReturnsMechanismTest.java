package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ORDERS_RETURNED;
import static org.ordercycle.stats.Measure.REFUND_CYCLE_TIME_MEAN;

import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.ReplicationResult;

/**
 * Step 9 on {@code mechanisms/returns.yaml}: the 200 orders served from stock are all returned
 * and refunded well within the run; the returns desk adds about 20 minutes per hand-off.
 */
class ReturnsMechanismTest {
    @Test
    void siloedRefundsTakeLongerByAboutTheHandOffDelays() {
        Scenario s = Runs.scenario("returns");
        Steps.Returns r = s.steps().returns();
        double desk = s.departments().returns().handling().nominalMean() / 1440; // minutes to days
        ReplicationResult siloed = Runs.run(s, Policy.SILOED);
        ReplicationResult coordinated = Runs.run(s, Policy.SILOED.with(Lever.RETURNS_PROCEDURE, true));
        assertEquals(siloed.value(ORDERS_RETURNED), coordinated.value(ORDERS_RETURNED), "same returns under both");
        assertTrue(siloed.value(ORDERS_RETURNED) >= 150);

        // siloed: handoffs x (exponential hand-off delay + desk time): 3 x (4 + 0.014) = 12.04 days;
        // sd of one cycle 4 sqrt(3) = 6.9, standard error over 200 returns ~0.5: tolerance 1.5
        double expectedSiloed = r.handoffs() * (r.handoffDelay().nominalMean() + desk);
        assertEquals(expectedSiloed, siloed.value(REFUND_CYCLE_TIME_MEAN), 1.5);
        // coordinated: one triangular(1, 2, 4) pick-up (mean 7/3, sd 0.62) + one desk time: 2.35 days
        double expectedCoordinated = r.coordinatedDelay().nominalMean() + desk;
        assertEquals(expectedCoordinated, coordinated.value(REFUND_CYCLE_TIME_MEAN), 0.15);
        // the gap is roughly handoffs x mean hand-off delay, less the coordinated pick-up
        double gap = siloed.value(REFUND_CYCLE_TIME_MEAN) - coordinated.value(REFUND_CYCLE_TIME_MEAN);
        assertEquals(r.handoffs() * r.handoffDelay().nominalMean() - r.coordinatedDelay().nominalMean(), gap, 1.6);
    }
}
