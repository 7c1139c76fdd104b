package org.ordercycle.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.stats.Measure;

class ShowTest {
    private static Estimate e(double mean, double halfWidth) {
        return new Estimate(10, mean, 1, halfWidth, 0.95);
    }

    @Test
    void eachUnitHasItsForm() {
        assertEquals("4.86 ± 0.13 days", Show.interval(e(4.8638, 0.1314), "lead_time_mean"));
        assertEquals("73.4 ± 2.9 %", Show.interval(e(0.734, 0.0289), Measure.ON_TIME_RATE));
        assertEquals("10,121,162 ± 33,401", Show.interval(e(10_121_162.4, 33_401.2), Measure.TOTAL_COST));
        assertEquals("1.68 ± 0.10", Show.interval(e(1.68, 0.1), Measure.VARIANCE_AMPLIFICATION));
        assertEquals("2,752 ± 31 orders", Show.interval(e(2752.2, 31.4), Measure.ORDERS_ENTERED));
        assertEquals("16.0 ± 3.5 orders", Show.interval(e(16, 3.5), Measure.ORDERS_LOST));
    }

    @Test
    void labels() {
        assertEquals("Lead time, mean", Show.label(Measure.LEAD_TIME_MEAN));
        assertEquals("On-time rate", Show.label(Measure.ON_TIME_RATE));
        assertEquals("Billing error rate", Show.label(Measure.BILLING_ERROR_RATE));
        assertEquals("Total cost", Show.label(Measure.TOTAL_COST));
    }

    @Test
    void differencesAreSignedAndSharesInPercentagePoints() {
        assertEquals("+19.1 ± 1.0 pp", Show.difference(e(0.191, 0.01), Measure.ON_TIME_RATE));
        assertEquals("-2.25 ± 0.05 days", Show.difference(e(-2.25, 0.05), "lead_time_mean"));
        assertEquals("+767,825 ± 18,549", Show.difference(e(767_825, 18_549), Measure.TOTAL_COST));
        assertEquals("n/a ± n/a %", Show.interval(e(Double.NaN, Double.NaN), Measure.FILL_RATE));
        assertEquals("92.2 %", Show.value(0.9224, Measure.FILL_RATE));
    }
}
