package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioException;
import tech.tablesaw.api.Table;

/** Sensitivity of the classroom scenario on a short horizon: the design, the tables and thread invariance. */
class SensitivityTest {
    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");
    private static final String INFLATION = "steps.planning.inflationMean";
    private static final String SHOPS = "segments[1].leadsPerDay";

    private static Sensitivity shortRun(int threads) {
        return Sensitivity.on(CLASSROOM).set("horizonDays", "60").set("warmupDays", "10")
                .range(INFLATION, 0, 0.4).range(SHOPS, 4, 12).replications(2).threads(threads).seed(3);
    }

    @Test
    void morrisOnOneAndTwoThreadsGivesTheSameDesignAndIndices() throws Exception {
        SensitivityResult one = shortRun(1).morris(3, 4).run();
        SensitivityResult two = shortRun(2).morris(3, 4).run();
        assertEquals(one.sweep().points(), two.sweep().points());
        assertEquals(one.table().toString(), two.table().toString());
        assertEquals(3 * 3, one.sweep().points().size(), "r (d + 1) points");
        // values stay in their ranges; Morris's 4-level grid gives lo, lo + 1/3, lo + 2/3 and hi of each range
        one.sweep().points().forEach(p -> assertTrue(List.of("4", "6.66667", "9.33333", "12")
                .contains(p.values().get(SHOPS)), p.toString()));
        Table t = one.table();
        assertEquals(Experiment.PRIMARY.size() * 3 * 2 * 3, t.rowCount(), "measures x responses x parameters x 3");
        // more shop leads means more orders and more cost: the shops' mu* on siloed total cost is positive
        assertTrue(one.index("total_cost", "siloed", SHOPS, "mu_star").estimate() > 0);
    }

    /** The difference response is the paired difference of the policies' means at each point. */
    @Test
    void sobolDifferenceIsJointMinusSiloedPointByPoint() throws Exception {
        SensitivityResult r = shortRun(2).sobol(4).bootstrap(50).run();
        assertEquals(4 * (2 + 2), r.sweep().points().size(), "n (d + 2) points");
        double[] diff = SensitivityResult.outputs(r.sweep(), "total_cost", SensitivityResult.DIFFERENCE);
        String id = r.sweep().points().get(5).id();
        assertEquals(r.sweep().estimate(id, Policy.JOINT, "total_cost").mean()
                - r.sweep().estimate(id, Policy.SILOED, "total_cost").mean(), diff[5], 1e-9);
        SensitivityResult.Index s1 = r.index("total_cost", SensitivityResult.DIFFERENCE, SHOPS, "first");
        assertTrue(s1.low() <= s1.high(), s1.toString());
    }

    @Test
    void badRangesAndPathsFailBeforeRunning() {
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.on(CLASSROOM).range(INFLATION, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.on(CLASSROOM).morris(1, 4));
        assertThrows(IllegalArgumentException.class, () -> Sensitivity.on(CLASSROOM).morris(4, 3));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Sensitivity.on(CLASSROOM).range("steps.planning.noSuchField", 0, 1).check());
        assertTrue(e.getMessage().contains("noSuchField"), e.getMessage());
        List<String> none = List.of();
        assertEquals(none, Sensitivity.on(CLASSROOM).parameters());
    }
}
