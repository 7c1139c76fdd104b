package org.ordercycle.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureLabelsTest {

    @Test
    void everyLabelIsWordsAndTellsMeasuresApart() {
        Set<String> labels = new HashSet<>();
        Set<String> shortLabels = new HashSet<>();
        for (Measure m : Measure.values()) {
            String label = m.label();
            assertFalse(label.contains("_"), label);
            assertTrue(Character.isUpperCase(label.charAt(0)), label);
            assertTrue(labels.add(label), "two measures labelled " + label);
            assertTrue(shortLabels.add(m.shortLabel()), "two measures short-labelled " + m.shortLabel());
            assertTrue(m.shortLabel().length() <= label.length(), m.key());
            assertFalse(m.unitLabel().isEmpty(), m.key());
            assertFalse(m.unitLabel().equals("money") || m.unitLabel().equals("share"), m.key());
        }
    }

    @Test
    void rawKeysGetHumanLabelsAndUnits() {
        assertEquals("Days sales outstanding", Measure.DSO.label());
        assertEquals("Lead time, median", Measure.LEAD_TIME_P50.label());
        assertEquals("Dispute resolution time, mean", Measure.DISPUTE_RESOLUTION_TIME_MEAN.label());
        assertEquals("currency", Measure.REVENUE.unitLabel());
        assertEquals("%", Measure.ON_TIME_RATE.unitLabel());
        assertEquals("per order", Measure.COST_PER_ORDER.unitLabel());
        assertEquals("days", Measure.DSO.unitLabel());
    }
}
