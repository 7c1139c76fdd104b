package org.ordercycle.report.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheet names Excel accepts, and the CSV reading of quoted fields. */
class SheetNamesTest {

    @Test
    void namesAreCutForbiddenCharactersReplacedAndRepeatsNumbered() {
        SheetNames names = new SheetNames();
        assertEquals("About", names.unique("About"));
        assertEquals("about 2", names.unique("about"), "Excel compares names ignoring case");
        String long1 = names.unique("attribution_effects_by_segment_and_measure");
        String long2 = names.unique("attribution_effects_by_segment_and_policy");
        assertEquals(31, long1.length());
        assertTrue(long2.length() <= 31 && long2.endsWith(" 2"), long2);
        assertEquals("a-b-c-d-e-f-g", names.unique("a[b]c:d*e?f/g"));
        assertEquals("x-y", names.unique("'x\\y'"));
        assertEquals("Table history", names.unique("history"), "History is reserved by Excel");
        for (String n : List.of(long1, long2, "a-b-c-d-e-f-g", "x-y", "Table history")) {
            assertTrue(SheetNames.valid(n), n);
        }
        assertTrue(!SheetNames.valid("a/b") && !SheetNames.valid("History") && !SheetNames.valid("x".repeat(32)));
    }

    @Test
    void csvFieldsMayHoldQuotesCommasAndLineBreaks() {
        List<List<String>> rows = CsvRows.parse("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n,\n");
        assertEquals(List.of(List.of("a", "b"), List.of("x, \"y\"", "two\nlines"), List.of("", "")), rows);
    }
}
