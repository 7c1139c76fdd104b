package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.RunResult;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

class FormatTest {

    @Test
    void valuesReadNaturally() {
        assertEquals("1,234,568", Format.value(Measure.REVENUE, 1234567.8));
        assertEquals("93.4", Format.value(Measure.ON_TIME_RATE, 0.9341));
        assertEquals("%", Format.unit(Measure.ON_TIME_RATE));
        assertEquals("12.35", Format.value(Measure.LEAD_TIME_MEAN, 12.345));
        assertEquals("365.0", Format.value(Measure.DSO, 365));
        assertEquals("1,200", Format.value(Measure.ORDERS_DELIVERED, 1200));
        assertEquals("3.5", Format.value(Measure.ORDERS_LOST, 3.5));
        assertEquals("n/a", Format.value(Measure.FILL_RATE, Double.NaN));
        assertEquals("Lead time, mean", Format.label(Measure.LEAD_TIME_MEAN));
        assertEquals("Days sales outstanding", Format.label(Measure.DSO));
    }

    @Test
    void labelsAndUnitsAreTheMeasuresOwn() {
        for (Measure m : Measure.values()) {
            assertTrue(m.label().endsWith(Format.label(m).strip()), m.key());
        }
        assertEquals("  billing goods not shipped", Format.label(Measure.ERROR_QUANTITY_RATE));
        assertEquals("", Format.unit(Measure.REVENUE)); // money figures carry no unit in the text table
        assertEquals("per order", Format.unit(Measure.COST_PER_ORDER));
        assertEquals("Lead time, 90th pct, days", ComparisonReport.label(Measure.LEAD_TIME_P90));
        assertEquals("Cost per order", ComparisonReport.label(Measure.COST_PER_ORDER));
    }

    @Test
    void halfWidthUsesStudentT() {
        RunResult run = new RunResult("s", Policy.SILOED, 1, List.of(rep(0, 1.0), rep(1, 3.0)));
        // n = 2: sd = sqrt(2), t(0.975, 1 df) = 12.7062047 (standard tables), hw = t * sd / sqrt(2) = t
        assertEquals(12.7062047, Format.halfWidth(run, "lead_time_mean"), 1e-6);
        RunResult one = new RunResult("s", Policy.SILOED, 1, List.of(rep(0, 1.0)));
        assertTrue(Double.isNaN(Format.halfWidth(one, "lead_time_mean")));
    }

    @Test
    void clockAndWrap() {
        assertEquals("06:00", Format.clock(12.25));
        assertEquals("00:00", Format.clock(3.99999999));
        assertEquals(List.of("aa bb", "cc"), Format.wrap("aa bb cc", 5));
    }

    private static ReplicationResult rep(int index, double leadTime) {
        return new ReplicationResult("s", "siloed", 1, index, Map.of("lead_time_mean", leadTime), List.of(), 0, 0);
    }
}
