package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ordercycle.stats.Measure;

class NumbersLabelTest {

    @Test
    void reportLabelsAreTheMeasuresOwn() {
        for (Measure m : Measure.values()) {
            String expected = m.unit().equals("0-100") ? m.label() + " (0–100)" : m.label();
            assertEquals(expected, Numbers.label(m.key()));
        }
        assertEquals("Days sales outstanding", Numbers.label("dso")); // was the raw "Dso"
        assertEquals("Entry: waiting in queue", Numbers.label("step_time[entry.queue]"));
        assertEquals("Order entry: wait in queue, mean", Numbers.label("department[order-entry.wait]"));
        assertEquals("Line L1: utilisation", Numbers.label("line[L1.utilisation]"));
    }

    @Test
    void unitColumnSaysWhatTheUnitIs() {
        assertEquals("currency", Numbers.unitLabel("revenue")); // was the raw "money"
        assertEquals("%", Numbers.unitLabel("on_time_rate"));
        assertEquals("days", Numbers.unitLabel("step_time[entry.queue]"));
        assertEquals("jobs", Numbers.unitLabel("department[billing.in_system]"));
        assertEquals("%", Numbers.unitLabel("department[billing.utilisation]"));
        assertEquals("money", Numbers.unit("revenue")); // the unit code that formats values stays
    }
}
