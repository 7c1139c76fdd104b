package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;

/** Discovery on the classroom scenario on a short horizon: the condition per point, thread invariance, errors. */
class DiscoveryTest {
    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");
    private static final String SHOPS = "segments[1].leadsPerDay";
    private static final String FIRMS = "segments[0].leadsPerDay";
    private static final String WHEN = "lead_time_mean[siloed] > lead_time_mean[joint] and total_cost[joint] > 0";

    private static Discovery shortRun(int threads) {
        return Discovery.on(CLASSROOM).set("horizonDays", "60").set("warmupDays", "10").range(FIRMS, 2, 8)
                .range(SHOPS, 4, 12).when(WHEN).points(8).replications(1).seed(2).threads(threads);
    }

    @Test
    void conditionIsEvaluatedOnEachPointsMeansAndTheAnswerDoesNotDependOnThreads() throws Exception {
        DiscoveryResult one = shortRun(1).run();
        DiscoveryResult two = shortRun(2).run();
        assertEquals(one.sweep().points(), two.sweep().points());
        assertEquals(one.points().toString(), two.points().toString());
        assertEquals(one.trajectoryTable().toString(), two.trajectoryTable().toString());
        assertEquals(one.sentence(), two.sentence());
        for (int i = 0; i < 8; i++) {
            String id = one.sweep().points().get(i).id();
            boolean expected = one.sweep().estimate(id, Policy.SILOED, "lead_time_mean").mean()
                    > one.sweep().estimate(id, Policy.JOINT, "lead_time_mean").mean();
            assertEquals(expected, one.holds(i), "point " + id);
        }
        assertTrue(one.sentence().startsWith("\"" + WHEN + "\" holds"), one.sentence());
    }

    @Test
    void conditionErrorsNameThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Discovery.on(CLASSROOM).when("profits[joint] > profit[siloed]"));
        assertTrue(e.getMessage().contains("position 1") && e.getMessage().contains("unknown measure 'profits'"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Discovery.on(CLASSROOM).when("total_cost[joint] < total_cost[shared]"));
        assertTrue(e.getMessage().contains("position 21") && e.getMessage().contains("siloed or joint"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Discovery.on(CLASSROOM).when("1 < 2"));
        assertThrows(IllegalArgumentException.class, () -> Discovery.on(CLASSROOM).threshold(1.5));
    }
}
