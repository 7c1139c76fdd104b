package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ESCALATIONS;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;

/**
 * Step 6, siloed, on {@code mechanisms/scheduling.yaml}: marketing's daily review (at every
 * midnight: the calendar is always open) escalates an order still waiting on its line once the
 * days left to its promise are fewer than its own production (1 hour = 1/16 of a 16-hour line
 * day), its shipping (none: fulfilment is off) and urgentSlackDays (2). A customer of importance
 * i is escalated with probability min(1, i x escalationProbability): key accounts have importance
 * 3, small customers 1. Each order is considered once, at the first review where it is at risk; the
 * test finds that review from the order's record (placed, promised, started) alone.
 */
class EscalationMechanismTest {
    private static final double OWN_PRODUCTION_DAYS = 1 / 16.0;

    /** The first review at which order o was waiting and at risk; NaN when there was none. */
    private static double firstReviewAtRisk(OrderRecord o, double slack, double end) {
        if (Double.isNaN(o.placedAt())) {
            return Double.NaN;
        }
        double waited = o.stepQueue()[Step.SCHEDULING.ordinal()];
        boolean started = !Double.isNaN(o.deliveredAt()) || waited > 0;
        double startedAt = started ? o.placedAt() + waited : Double.POSITIVE_INFINITY;
        double atRiskAfter = o.promisedAt() - OWN_PRODUCTION_DAYS - slack;
        // reviews run at every midnight up to and including the end of the run; a job that starts
        // at midnight is still in the queue when that review looks
        for (double d = Math.ceil(o.placedAt()); d <= Math.min(startedAt, end); d++) {
            if (d > atRiskAfter) {
                return d;
            }
        }
        return Double.NaN;
    }

    /** True when order o's start, as its record gives it, falls on review d to within rounding. */
    private static boolean startsOnAReview(OrderRecord o, double d) {
        double waited = o.stepQueue()[Step.SCHEDULING.ordinal()];
        return !Double.isNaN(d) && waited > 0 && Math.abs(o.placedAt() + waited - d) < 1e-9;
    }

    @Test
    void everyOrderAtRiskIsEscalatedWhenCustomersAlwaysPress() {
        Scenario s = Runs.scenario("scheduling", Map.of("steps.scheduling.escalationProbability", "1"));
        Runs.Recorded run = Runs.record(s, Policy.SILOED);
        double end = s.warmupDays() + s.horizonDays();
        long expected = run.orders().stream().map(o -> firstReviewAtRisk(o, 2, end))
                .filter(d -> d >= s.warmupDays()).count();
        // the record gives a job's start as placed + wait, to within rounding: a job that started a
        // hair before a midnight can read as started at it, and then either count is right
        long ambiguous = run.orders().stream().filter(o -> {
            double d = firstReviewAtRisk(o, 2, end);
            return d >= s.warmupDays() && startsOnAReview(o, d);
        }).count();
        assertTrue(expected > 50, expected + " orders at risk");
        assertTrue(ambiguous <= 3, ambiguous + " orders start on a review, within rounding");
        assertEquals(expected, run.value(ESCALATIONS), ambiguous,
                "one escalation per order found at risk after the warm-up (" + ambiguous + " within rounding)");
    }

    @Test
    void keyAccountsPressThreeTimesAsOften() {
        double p = 0.25; // importance 3: 0.75; importance 1: 0.25
        Scenario s = Runs.scenario("scheduling", Map.of("steps.scheduling.escalationProbability", Double.toString(p)));
        Runs.Recorded run = Runs.record(s, Policy.SILOED);
        double end = s.warmupDays() + s.horizonDays();
        double mean = 0;
        double variance = 0;
        for (OrderRecord o : run.orders()) {
            if (firstReviewAtRisk(o, 2, end) >= s.warmupDays()) {
                double q = Math.min(1, p * (o.segment().equals("key") ? 3 : 1));
                mean += q;
                variance += q * (1 - q);
            }
        }
        // a sum of independent Bernoulli draws (one uniform per order): within 4 standard deviations
        double sd = Math.sqrt(variance);
        assertTrue(sd > 3, "enough orders at risk: sd " + sd);
        assertEquals(mean, run.value(ESCALATIONS), 4 * sd, "escalations vs expected " + mean);
    }

    @Test
    void noOrderIsAtRiskOnALineWithAmpleCapacity() {
        // ten times faster line: every job starts within hours of its order, far from its promise
        Scenario ample = Runs.scenario("scheduling", Map.of("steps.scheduling.escalationProbability", "1",
                "products[0].ratePerHour", "100", "products[1].ratePerHour", "100"));
        assertEquals(0, Runs.run(ample, Policy.SILOED).value(ESCALATIONS));
        Scenario none = Runs.scenario("scheduling", Map.of("steps.scheduling.escalationProbability", "0"));
        assertEquals(0, Runs.run(none, Policy.SILOED).value(ESCALATIONS));
    }
}
