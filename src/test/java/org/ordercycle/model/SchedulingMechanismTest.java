package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.CHANGEOVERS;
import static org.ordercycle.stats.Measure.CHANGEOVER_COST;
import static org.ordercycle.stats.Measure.EXPEDITE_COST;
import static org.ordercycle.stats.Measure.ON_TIME_RATE;
import static org.ordercycle.stats.Measure.SCHEDULE_BREAKS;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.ReplicationResult;

/**
 * Step 6 on {@code mechanisms/scheduling.yaml}: two make-to-order products share a line ~85%
 * busy; siloed production runs 3-day campaigns; an order is at risk one day after it is placed.
 */
class SchedulingMechanismTest {
    private static final Policy JOINT_SCHEDULING = Policy.SILOED.with(Lever.JOINT_SCHEDULING, true);

    @Test
    void escalationsBreakCampaignsAndCostChangeovers() {
        Scenario escalating = Runs.scenario("scheduling", Map.of("steps.scheduling.escalationProbability", "1"));
        Scenario quiet = Runs.scenario("scheduling", Map.of("steps.scheduling.escalationProbability", "0"));
        ReplicationResult esc = Runs.run(escalating, Policy.SILOED);
        ReplicationResult none = Runs.run(quiet, Policy.SILOED);
        assertEquals(0, none.value(SCHEDULE_BREAKS), "no escalation, no break");
        assertTrue(esc.value(SCHEDULE_BREAKS) > 0);
        // every break switches the line away from a campaign that still has work: one more set-up each
        assertTrue(esc.value(CHANGEOVERS) > none.value(CHANGEOVERS) + esc.value(SCHEDULE_BREAKS) / 2,
                esc.value(CHANGEOVERS) + " changeovers with escalations vs " + none.value(CHANGEOVERS));
        Steps.Scheduling s = escalating.steps().scheduling();
        assertEquals(esc.value(SCHEDULE_BREAKS) * s.expediteFee(), esc.value(EXPEDITE_COST), 1e-6);
        double changeoverCost = escalating.products().get(0).changeoverCost();
        assertEquals(esc.value(CHANGEOVERS) * changeoverCost, esc.value(CHANGEOVER_COST), 1e-6);
    }

    @Test
    void jointSchedulingExpeditesWithinItsBudget() {
        Scenario s = Runs.scenario("scheduling");
        Steps.Scheduling sch = s.steps().scheduling();
        // planning periods starting in [0, warm-up + horizon): each may spend the budget on each line
        double periods = Math.ceil((s.warmupDays() + s.horizonDays()) / s.steps().planning().periodDays());
        double bound = sch.expediteBudgetPerPeriod() * s.lines().size() * periods;
        ReplicationResult joint = Runs.run(s, JOINT_SCHEDULING);
        ReplicationResult siloed = Runs.run(s, Policy.SILOED);
        assertTrue(joint.value(SCHEDULE_BREAKS) <= bound, joint.value(SCHEDULE_BREAKS) + " breaks > budget " + bound);
        assertTrue(siloed.value(SCHEDULE_BREAKS) > bound, "the budget binds: siloed breaks " + siloed.value(SCHEDULE_BREAKS));
        assertEquals(joint.value(SCHEDULE_BREAKS) * sch.expediteFee(), joint.value(EXPEDITE_COST), 1e-6);

        // joint scheduling expedites only segments of importance >= expediteMinImportance: none here
        Scenario noneImportant = Runs.scenario("scheduling", Map.of("steps.scheduling.expediteMinImportance", "4"));
        assertEquals(0, Runs.run(noneImportant, JOINT_SCHEDULING).value(SCHEDULE_BREAKS));
    }

    @Test
    void jointSchedulingBatchesSetUpsOnALoadedLine() {
        Scenario quiet = Runs.scenario("scheduling", Map.of("steps.scheduling.escalationProbability", "0"));
        ReplicationResult campaigns = Runs.run(quiet, Policy.SILOED);
        ReplicationResult joint = Runs.run(quiet, JOINT_SCHEDULING);
        assertTrue(joint.value(CHANGEOVERS) <= 3 * campaigns.value(CHANGEOVERS), // joint pays some changeovers for priority (model.md), not one per job
                joint.value(CHANGEOVERS) + " changeovers vs " + campaigns.value(CHANGEOVERS) + " in campaigns");
        assertTrue(joint.value(ON_TIME_RATE) >= campaigns.value(ON_TIME_RATE) - 0.1,
                "on time " + joint.value(ON_TIME_RATE) + " vs " + campaigns.value(ON_TIME_RATE));
    }
}
