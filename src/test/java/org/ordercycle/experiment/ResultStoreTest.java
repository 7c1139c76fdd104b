package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
