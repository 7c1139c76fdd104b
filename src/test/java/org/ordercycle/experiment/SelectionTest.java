package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/** Selection on the short classroom scenario: the same answer on any number of threads, and its books agree. */
class SelectionTest {
    private static final Policy SHARED_ENTRY = Policy.SILOED.with(Lever.SHARED_ENTRY, true).named("shared-entry");
    private static final List<Policy> POLICIES = List.of(Policy.SILOED, Policy.JOINT, SHARED_ENTRY);

    /** A small zone (0.05 days) so that the procedure goes beyond its first stage. */
    private static SelectionResult select(Scenario s, int threads) {
        return Selection.on(s).policies(POLICIES).measure(Measure.LEAD_TIME_MEAN).delta(0.05).pcs(0.95)
                .firstStage(5).maxReplications(25).seed(3).threads(threads).run();
    }

    @Test
    void sameSeedGivesTheSameEliminationsOnOneAndFourThreads() {
        Scenario s = TestScenarios.classroomShort();
        SelectionResult one = select(s, 1);
        SelectionResult four = select(s, 4);
        assertEquals(one.outcome().eliminations(), four.outcome().eliminations());
        assertEquals(one.best(), four.best());
        for (Policy p : POLICIES) {
            assertEquals(one.replications(p), four.replications(p), p.name());
            assertEquals(one.mean(p), four.mean(p), 0, p.name());
        }
        assertEquals(one.selectionTable().toString(), four.selectionTable().toString());
    }

    @Test
    void eliminationsAndMeansFollowFromTheReplications() {
        SelectionResult r = select(TestScenarios.classroomShort(), 2);
        assertFalse(r.outcome().eliminations().isEmpty(), "three policies, at least one eliminated");
        for (Policy p : POLICIES) {
            List<ReplicationResult> rs = r.results(p);
            assertEquals(r.replications(p), rs.size());
            double sum = 0;
            for (int i = 0; i < rs.size(); i++) {
                assertEquals(i, rs.get(i).replication(), "replications in order");
                sum += rs.get(i).values().get(Measure.LEAD_TIME_MEAN.key());
            }
            assertEquals(sum / rs.size(), r.mean(p), 1e-9, "the mean is over the policy's own replications");
        }
        for (KimNelson.Elimination e : r.outcome().eliminations()) {
            // lead time is lower-is-better: the eliminated policy's summed lead time exceeds the other's
            Policy p = POLICIES.get(e.system());
            Policy by = POLICIES.get(e.by());
            double behind = 0;
            for (int i = 0; i < e.replications(); i++) {
                behind += r.results(p).get(i).values().get(Measure.LEAD_TIME_MEAN.key())
                        - r.results(by).get(i).values().get(Measure.LEAD_TIME_MEAN.key());
            }
            assertEquals(-e.sumOfDifferences(), behind, 1e-9);
            assertTrue(behind > e.bound(), "eliminated only beyond the continuation region");
            assertEquals(SelectionResult.ELIMINATED, r.status(p));
            double[] mcb = r.mcb(p);
            assertTrue(mcb[0] <= 0 && mcb[1] >= 0, "constrained interval contains 0");
        }
        assertEquals(SelectionResult.SELECTED, r.status(r.best()));
    }

    @Test
    void aMeasureWithoutADirectionIsRefused() {
        Selection s = Selection.on(TestScenarios.classroomShort());
        assertThrows(IllegalArgumentException.class, () -> s.measure(Measure.CAPACITY_UTILISATION));
        assertThrows(IllegalArgumentException.class, () -> s.delta(-1));
        assertThrows(IllegalArgumentException.class, () -> s.policies(Policy.SILOED));
    }
}
