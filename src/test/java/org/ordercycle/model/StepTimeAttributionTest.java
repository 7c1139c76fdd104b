package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.ReplicationResult;

/**
 * The per-step times of an order decompose its lead time: from placement to delivery the order is
 * always queued, worked on, unattended or paused over closed hours in exactly one of the steps entry, selection, scheduling
 * (production) and fulfilment (generation happens before placement; billing, returns and service
 * beside or after delivery).
 */
class StepTimeAttributionTest {
    private static final List<Step> FLOW = List.of(Step.ENTRY, Step.SELECTION, Step.SCHEDULING, Step.FULFILMENT);

    private static double flowTime(OrderRecord o) {
        double sum = 0;
        for (Step s : FLOW) {
            int i = s.ordinal();
            sum += o.stepQueue()[i] + o.stepProcessing()[i] + o.stepUnattended()[i] + o.stepClosed()[i];
        }
        return sum;
    }

    /** invariants.yaml without the two known gaps: stock never runs out, marketing never escalates. */
    private static final java.util.Map<String, String> NO_BACKORDER_NO_ESCALATION = java.util.Map.of(
            "products[0].initialStock", "100000", "products[1].initialStock", "100000",
            "steps.scheduling.escalationProbability", "0");

    private static void assertDecomposes(String scenario, Policy policy) {
        assertDecomposes(scenario, java.util.Map.of(), policy);
    }

    private static void assertDecomposes(String scenario, java.util.Map<String, String> overrides, Policy policy) {
        Runs.Recorded run = Runs.record(Runs.scenario(scenario, overrides), policy);
        List<OrderRecord> delivered = run.orders().stream().filter(o -> !Double.isNaN(o.deliveredAt())).toList();
        assertTrue(delivered.size() > 100, scenario + ": " + delivered.size() + " delivered");
        for (OrderRecord o : delivered) {
            assertEquals(o.deliveredAt() - o.placedAt(), flowTime(o), 1e-9,
                    scenario + " " + policy.name() + ": order " + o.id() + " (" + o.product() + ")");
        }
    }

    @Test
    void stepTimesAddUpToTheLeadTime() {
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            assertDecomposes("fulfilment", p);
            assertDecomposes("selection", p);
            assertDecomposes("invariants", NO_BACKORDER_NO_ESCALATION, p);
        }
    }

    @Test
    void meanStepTimesAddUpToTheMeanLeadTime() {
        ReplicationResult r = Runs.run(Runs.scenario("invariants", NO_BACKORDER_NO_ESCALATION), Policy.SILOED);
        double sum = 0;
        for (Step s : FLOW) {
            for (String kind : List.of("queue", "processing", "unattended", "closed")) {
                sum += r.values().get(Runs.stepTime(s, kind));
            }
        }
        assertEquals(r.value(Measure.LEAD_TIME_MEAN), sum, 1e-9);
    }

    @Test
    void backorderWaitsAreInTheStepTimes() {
        assertDecomposes("billing", Policy.SILOED);
    }

    @Test
    void escalationWorkIsNotCountedTwice() {
        assertDecomposes("scheduling", Policy.SILOED);
    }
}
