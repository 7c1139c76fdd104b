package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;

/** The runner's execution order: replication by replication, the policies side by side. */
class RunnerOrderTest {

    @Test
    void policiesOfOneReplicationRunSideBySide() {
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            for (int r = 0; r < 3; r++) {
                specs.add(new RunSpec("base", null, p, 1, r));
            }
        }
        // specs: s0 s1 s2 j0 j1 j2 -> run as s0 j0 s1 j1 s2 j2
        assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, Runner.executionOrder(specs));
    }

    @Test
    void pointsStayInTheirOrderOfFirstAppearance() {
        List<RunSpec> specs = new ArrayList<>();
        for (String point : List.of("p2", "p1")) {
            for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
                for (int r = 0; r < 2; r++) {
                    specs.add(new RunSpec(point, null, p, 1, r));
                }
            }
        }
        int[] order = Runner.executionOrder(specs);
        assertArrayEquals(new int[] {0, 2, 1, 3, 4, 6, 5, 7}, order);
        assertEquals(specs.size(), java.util.Arrays.stream(order).distinct().count(), "every spec runs once");
    }

    @Test
    void resultsComeBackInSpecOrder() {
        var scenario = TestScenarios.classroomShort();
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            for (int r = 0; r < 2; r++) {
                specs.add(new RunSpec("base", scenario, p, 5, r));
            }
        }
        var results = new Runner(2, Progress.NONE, null).run("order", specs);
        for (int i = 0; i < specs.size(); i++) {
            assertEquals(specs.get(i).policy().name(), results.get(i).policy(), "result " + i);
            assertEquals(specs.get(i).replication(), results.get(i).replication(), "result " + i);
        }
    }

    /** A long design keeps values only in memory; its store keeps every run whole, for resuming and rerunning. */
    @Test
    void keepingValuesOnlyStillStoresWholeResults(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var scenario = TestScenarios.classroomShort();
        List<RunSpec> specs = List.of(new RunSpec("base", scenario, Policy.SILOED, 5, 0),
                new RunSpec("base", scenario, Policy.JOINT, 5, 0));
        ResultStore store = new ResultStore(dir);
        var kept = new Runner(2, Progress.NONE, store).run("values", specs,
                org.ordercycle.stats.ReplicationResult::valuesOnly);
        for (int i = 0; i < specs.size(); i++) {
            var whole = store.find(specs.get(i), ResultStore.fingerprint(specs.get(i))).orElseThrow();
            assertEquals(whole.values(), kept.get(i).values(), "the same values");
            assertEquals(List.of(), kept.get(i).periods());
            assertEquals(List.of(), kept.get(i).journeys());
            org.junit.jupiter.api.Assertions.assertTrue(!whole.periods().isEmpty() && !whole.journeys().isEmpty(),
                    "the store keeps the whole result");
        }
    }
}
