package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ORDERS_RETURNED;
import static org.ordercycle.stats.Measure.REFUND_CYCLE_TIME_MEAN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.TraceEvent;

/**
 * Step 9 on {@code mechanisms/returns.yaml}: the 200 orders served from stock are all returned
 * and refunded well within the run. Every wait of a return comes from the returns desk, the
 * batches of paperwork between departments, the carrier's collection rounds, the transit back
 * and finance's refund time; the lever changes only how they are arranged.
 */
class ReturnsMechanismTest {
    private static final Policy COORDINATED = Policy.SILOED.with(Lever.RETURNS_PROCEDURE, true);
    /**
     * Deterministic times: desk 6 hours, refund 3 hours, transit 2 days; paperwork every 1.5 days,
     * rounds every 2. Batches bring returns to finance in bursts: with 500 staff none queues.
     */
    private static final double DESK = 0.25;
    private static final double REFUND = 0.125;
    private static final double TRANSIT = 2;
    private static final double HANDOFF = 1.5;
    private static final double ROUND = 2;

    private final Scenario exact = Runs.scenario("returns", Map.of("departments.returns.handling", "6",
            "steps.returns.refundTime", "3", "logistics.transit", "2", "steps.returns.handoffIntervalDays", "1.5",
            "steps.returns.collectionIntervalDays", "2", "departments.billing.staff", "500",
            "departments.returns.staff", "500"));

    @Test
    void aHandedOffRefundTakesTheSumOfItsQueuesAndSchedules() {
        for (long id : List.of(3L, 40L, 77L, 150L)) {
            double[] cycle = refundCycle(Policy.SILOED, id);
            double t = cycle[0];
            // desk, batch to the carrier, its next round, transit back, batch to finance, refund
            double authorised = t + DESK;
            double carrier = next(authorised, HANDOFF);
            double back = next(carrier, ROUND) + TRANSIT;
            double refunded = next(back, HANDOFF) + REFUND;
            assertEquals(refunded - t, cycle[1] - t, 1e-9, "order " + id + " asking at day " + t);
        }
    }

    @Test
    void aCoordinatedRefundWaitsOnlyForTheSlowerOfCollectionAndRefund() {
        for (long id : List.of(3L, 40L, 77L, 150L)) {
            double[] cycle = refundCycle(COORDINATED, id);
            double t = cycle[0];
            double authorised = t + DESK;
            double refunded = Math.max(next(authorised, ROUND) + TRANSIT, authorised + REFUND);
            assertEquals(refunded - t, cycle[1] - t, 1e-9, "order " + id + " asking at day " + t);
        }
    }

    @Test
    void handOffsMakeRefundsSlowerWithTheSameReturns() {
        Scenario s = Runs.scenario("returns");
        ReplicationResult handoffs = Runs.run(s, Policy.SILOED);
        ReplicationResult coordinated = Runs.run(s, COORDINATED);
        assertEquals(handoffs.value(ORDERS_RETURNED), coordinated.value(ORDERS_RETURNED), "same returns under both");
        assertTrue(handoffs.value(ORDERS_RETURNED) >= 150);
        // coordinated: desk (exponential, 20 minutes) + the wait for the next round, uniform on (0, 2) days
        // for requests at random moments (mean 1) + triangular(1, 2, 4) transit (mean 7/3); finance's
        // 30 minutes run meanwhile. sd of one cycle ~0.85 days, standard error over 200 ~0.06: tolerance 0.25
        assertEquals(20.0 / 1440 + 1 + 7.0 / 3, coordinated.value(REFUND_CYCLE_TIME_MEAN), 0.25);
        // handoffs: batches and rounds both fall on even days, so the batch to the carrier costs nothing beyond
        // the coordinated wait for the same round. What they add is the batch to finance once the goods are back
        // at an even day plus transit T: E[ceil2(T) - T] = 2 P(T <= 2) + 4 P(T > 2) - E[T] = 2/3 + 8/3 - 7/3 = 1
        // for triangular(1, 2, 4), then finance's 30 minutes, which the coordinated procedure spends in
        // parallel. sd of that wait ~0.55, standard error over 200 returns ~0.04: tolerance 0.15
        double gap = handoffs.value(REFUND_CYCLE_TIME_MEAN) - coordinated.value(REFUND_CYCLE_TIME_MEAN);
        assertEquals(1 + 30.0 / 1440, gap, 0.15);
    }

    /** The day order {@code id} asks to return its goods and the day it is refunded, from its trace. */
    private double[] refundCycle(Policy policy, long id) {
        List<TraceEvent> trace = Runs.record(exact, policy, id).trace();
        String step = Step.RETURNS.label();
        double asked = trace.stream().filter(e -> e.step().equals(step) && e.what().equals("arrive")).findFirst()
                .orElseThrow(() -> new AssertionError("order " + id + " was not returned")).time();
        double refunded = trace.stream().filter(e -> e.step().equals(step) && e.what().equals("finish")).findFirst()
                .orElseThrow(() -> new AssertionError("order " + id + " was not refunded")).time();
        return new double[] {asked, refunded};
    }

    /** The next batch or round at or after t on a schedule every {@code interval} days from day 0. */
    private static double next(double t, double interval) {
        return Math.ceil(t / interval - 1e-12) * interval;
    }
}
