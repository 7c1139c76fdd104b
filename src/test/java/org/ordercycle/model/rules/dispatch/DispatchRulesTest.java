package org.ordercycle.model.rules.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dispatch rules on hand-made queues; the arithmetic is in the comments. */
class DispatchRulesTest {
    // campaigns of 5 days of regular hours; a job is urgent when due within 3 days
    private static final DispatchParams PARAMS = new DispatchParams(5, 3);
    private static final DispatchRule CAMPAIGN = DispatchRules.of(DispatchRules.CAMPAIGN, PARAMS);
    private static final DispatchRule JOINT = DispatchRules.of(DispatchRules.JOINT, PARAMS);

    record Job(int product, double hours, double due, double importance, boolean expedite, long sequence) {
        static Job of(int product, double hours, double due) {
            return new Job(product, hours, due, 1, false, 0);
        }
    }

    /** A queue in arrival order, a line set up for {@code setup}, 8 regular hours a day, 3 products, day 10. */
    record Queue(List<Job> queue, int setup, double campaignHours) implements DispatchView {
        public int jobs() {
            return queue.size();
        }

        public int product(int i) {
            return queue.get(i).product();
        }

        public double hours(int i) {
            return queue.get(i).hours();
        }

        public double due(int i) {
            return queue.get(i).due();
        }

        public double importance(int i) {
            return queue.get(i).importance();
        }

        public boolean expedite(int i) {
            return queue.get(i).expedite();
        }

        public long sequence(int i) {
            return queue.get(i).sequence();
        }

        public double regularHoursPerDay() {
            return 8;
        }

        public int products() {
            return 3;
        }

        public double now() {
            return 10;
        }
    }

    @Test
    void everyRuleTakesTheOldestExpediteFirst() {
        // jobs 1 and 2 are expedited; job 2 arrived first (sequence 3 < 7)
        Queue q = new Queue(List.of(Job.of(0, 1, 11), new Job(1, 1, 30, 1, true, 7), new Job(2, 1, 40, 1, true, 3)), 0, 0);
        for (DispatchRule rule : List.of(CAMPAIGN, JOINT, DispatchRules.of("step-off", PARAMS))) {
            Dispatch d = rule.choose(q);
            assertEquals(2, d.job(), rule.toString());
            assertEquals(DispatchReason.EXPEDITED, d.reason());
        }
    }

    @Test
    void campaignStaysOnTheSetUpProductUntilItsDaysAreSpent() {
        // set up for product 1 with 39 run hours < 5 days x 8 hours = 40: the oldest job of product 1 (index 1)
        Queue q = new Queue(List.of(Job.of(0, 10, 11), Job.of(1, 2, 50), Job.of(2, 30, 12), Job.of(1, 2, 20)), 1, 39);
        assertEquals(new Dispatch(1, DispatchReason.CAMPAIGN_GOES_ON), CAMPAIGN.choose(q));
        // with 40 hours spent the campaign is over: work waiting is product 0: 10, product 1: 4, product 2: 30,
        // so product 2 (index 2) goes next, although product 0's job is older and due earlier
        Queue over = new Queue(q.queue(), 1, 40);
        assertEquals(new Dispatch(2, DispatchReason.LARGEST_BACKLOG), CAMPAIGN.choose(over));
    }

    @Test
    void campaignBreaksTiesInFavourOfTheProductThatReachedTheMostWorkFirst() {
        // product 0 reaches 6 hours at index 0; product 1 only equals it at index 2: product 0 keeps the lead
        Queue q = new Queue(List.of(Job.of(0, 6, 30), Job.of(1, 3, 11), Job.of(1, 3, 12)), -1, 0);
        assertEquals(0, CAMPAIGN.choose(q).job());
    }

    @Test
    void jointKeepsTheSetUpUnlessAnotherPromiseIsUrgentAndMuchEarlier() {
        // set up for product 0 (best job due day 20); product 1 due day 14: not urgent (14 - 10 = 4 >= 3 days)
        Queue relaxed = new Queue(List.of(Job.of(0, 1, 20), Job.of(1, 1, 14)), 0, 0);
        assertEquals(new Dispatch(0, DispatchReason.KEEP_SETUP), JOINT.choose(relaxed));
        // product 1 due day 12: urgent (2 < 3) and much earlier (12 + 3 = 15 < 20): the line changes over
        Queue urgent = new Queue(List.of(Job.of(0, 1, 20), Job.of(1, 1, 12)), 0, 0);
        assertEquals(new Dispatch(1, DispatchReason.URGENT_SWITCH), JOINT.choose(urgent));
        // urgent but not much earlier (12 + 3 = 15 >= 14): the set-up stays
        Queue close = new Queue(List.of(Job.of(0, 1, 14), Job.of(1, 1, 12)), 0, 0);
        assertEquals(new Dispatch(0, DispatchReason.KEEP_SETUP), JOINT.choose(close));
    }

    @Test
    void jointServesTheEarliestImportanceAdjustedPromise() {
        // nothing set up: due 15.02 at importance 1 stays 15.02; due 15.1 at importance 3 becomes
        // 15.1 - 2/24 = 15.0167, earlier: index 1
        Queue q = new Queue(List.of(Job.of(2, 1, 15.02), new Job(1, 1, 15.1, 3, false, 0), Job.of(0, 1, 16)), -1, 0);
        assertEquals(new Dispatch(1, DispatchReason.EARLIEST_DUE), JOINT.choose(q));
        assertEquals(15.1 - 2 / 24.0, SetupAwareDueDate.effectiveDue(15.1, 3), 1e-12);
        assertTrue(JOINT.byDueDate());
        assertFalse(CAMPAIGN.byDueDate());
    }

    @Test
    void withoutASchedulingStepLinesAreFirstComeFirstServed() {
        DispatchRule fifo = DispatchRules.of("step-off", PARAMS);
        Queue q = new Queue(List.of(Job.of(1, 1, 30), Job.of(0, 50, 11)), 0, 0);
        assertEquals(new Dispatch(0, DispatchReason.FIRST_COME), fifo.choose(q));
        assertFalse(fifo.byDueDate());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DispatchRules.of("edd", PARAMS));
        assertTrue(e.getMessage().contains("campaign, joint"), e.getMessage());
    }
}
