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
        assertEquals("entry queue", Numbers.label("step_time[entry.queue]"));
    }

    @Test
    void unitColumnSaysWhatTheUnitIs() {
        assertEquals("currency", Numbers.unitLabel("revenue")); // was the raw "money"
        assertEquals("%", Numbers.unitLabel("on_time_rate"));
        assertEquals("days", Numbers.unitLabel("step_time[entry.queue]"));
        assertEquals("money", Numbers.unit("revenue")); // the unit code that formats values stays
    }
}
