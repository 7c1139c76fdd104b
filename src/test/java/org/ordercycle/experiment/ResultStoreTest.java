package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.ReplicationResult;

class ResultStoreTest {

    @Test
    void folderNamesStayInsideAndApart() {
        for (String name : new String[] {"../../evil", "..", "/tmp/x", "a/../../b", ""}) {
            String safe = ResultStore.safe(name);
            assertTrue(safe.matches("[A-Za-z0-9._-]+"), safe);
            assertTrue(!safe.equals(".") && !safe.equals(".."), safe);
        }
        // names that sanitise alike, or differ only in case, keep distinct folders
        assertNotEquals(ResultStore.safe("a/b"), ResultStore.safe("a_b"));
        assertNotEquals(ResultStore.safe("Joint").toLowerCase(), ResultStore.safe("joint").toLowerCase());
        assertEquals(ResultStore.safe("joint"), ResultStore.safe("joint"));
    }

    @Test
    void theTextFormReadsBackOnlyUnderItsFingerprint() {
        org.ordercycle.scenario.Scenario scenario = TestScenarios.classroomShort();
        ReplicationResult r = org.ordercycle.api.Simulation.replicate(scenario, Policy.JOINT, 3, 1);
        String text = ResultStore.encode("abc", r);
        assertEquals(java.util.Optional.of(r), ResultStore.decode("abc", text));
        assertTrue(ResultStore.decode("other", text).isEmpty(), "another fingerprint: not this run");
        assertTrue(ResultStore.decode("abc", "{not json").isEmpty(), "unreadable: run again");
    }

    @Test
    void relativePathsAreTheLocalStoresLayout() {
        RunSpec spec = new RunSpec("p/1", null, Policy.SILOED, 1, 4);
        assertEquals(ResultStore.safe("p/1") + "/" + ResultStore.safe("siloed") + "/r4.json",
                ResultStore.relativePath(spec));
    }
}
