package org.ordercycle.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HalfWidthTextTest {
    @Test
    void aPositiveHalfWidthThatRoundsToNothingReadsAsABound() {
        assertEquals("<0.01", HalfWidthText.of("0.00", 0.004, 1));
        assertEquals("<0.1%", HalfWidthText.of("0.0%", 0.0004, 1));
        assertEquals("<1", HalfWidthText.of("0", 0.3, 1));
        assertEquals("<0.01 days", HalfWidthText.of("0.00 days", 0.001, 1));
    }

    @Test
    void otherHalfWidthsReadAsPrinted() {
        assertEquals("0.13", HalfWidthText.of("0.13", 0.13, 1));
        assertEquals("0.10", HalfWidthText.of("0.10", 0.1, 1));
        assertEquals("10.0%", HalfWidthText.of("10.0%", 0.1, 1));
        assertEquals("0.01", HalfWidthText.of("0.01", 0.006, 1), "rounded up to the last digit: already not zero");
        assertEquals("1,000", HalfWidthText.of("1,000", 1000, 1));
        assertEquals("0.00", HalfWidthText.of("0.00", 0, 1), "a figure that does not vary has no interval");
        assertEquals("n/a", HalfWidthText.of("n/a", Double.NaN, 1));
        assertEquals("0.00", HalfWidthText.of("0.00", Double.NaN, 1));
        assertEquals("0", HalfWidthText.of("0", 2.3e-10, 1_148_400), "rounding noise of a figure that does not vary");
        assertEquals("<1", HalfWidthText.of("0", 0.4, 1_148_400));
    }
}
