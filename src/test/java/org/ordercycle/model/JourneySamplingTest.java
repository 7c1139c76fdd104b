package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.Simulation;
import org.ordercycle.engine.Streams;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Journey;
import umontreal.ssj.rng.RandomStream;

/** The sampled journeys come from the whole measured period, not from the day the warm-up ends. */
class JourneySamplingTest {
    @Test
    void instantsAreSortedAndLeaveTheLastMonthForDelivery() {
        RandomStream draws = new Streams(7, 0, List.of("journeys")).get("journeys");
        for (int k = 0; k < 1000; k++) {
            double[] t = JourneyLog.instants(draws, 60, 425);
            assertEquals(JourneyLog.PER_SEGMENT, t.length);
            for (int i = 0; i < t.length; i++) {
                assertTrue(t[i] >= 60 && t[i] < 395, "in [60, 425 - 30): " + t[i]);
                assertTrue(i == 0 || t[i - 1] <= t[i], "sorted");
            }
        }
        // a short run keeps its last quarter instead of a month: 40 measured days, the first 30
        for (int k = 0; k < 1000; k++) {
            for (double t : JourneyLog.instants(draws, 10, 50)) {
                assertTrue(t >= 10 && t < 40, "in [10, 50 - 10): " + t);
            }
        }
    }

    @Test
    void theJourneysOfASegmentStartOnDifferentDaysAndAreTheSameCustomersUnderBothPolicies() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        List<Journey> siloed = Simulation.replicate(s, Policy.SILOED, 1, 0).journeys();
        List<Journey> joint = Simulation.replicate(s, Policy.JOINT, 1, 0).journeys();
        assertEquals(JourneyLog.PER_SEGMENT * s.segments().size(), siloed.size());
        for (int i = 0; i < siloed.size(); i++) {
            assertEquals(siloed.get(i).key(), joint.get(i).key());
            assertEquals(siloed.get(i).events().get(0).time(), joint.get(i).events().get(0).time(),
                    "the same lead arrives at the same time under both policies");
        }
        for (String segment : s.segments().stream().map(x -> x.id()).toList()) {
            double[] starts = siloed.stream().filter(j -> j.segment().equals(segment))
                    .mapToDouble(j -> j.events().get(0).time()).toArray();
            // the first leads after the warm-up arrived within hours of each other; four uniform
            // instants over 335 days all fall within a week with probability below 1e-4
            assertTrue(starts[starts.length - 1] - starts[0] > 7, segment + ": " + java.util.Arrays.toString(starts));
            assertTrue(starts[0] >= s.warmupDays(), "after the warm-up");
        }
    }
}
