package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumbersTest {
    /** Float noise as XChart printed it, e.g. 4.7700000000000005: a digit, a point, six or more digits. */
    static final Pattern NOISE = Pattern.compile("\\d\\.\\d{6,}");

    @Test
    void halfWidthAtTheMeansResolution() {
        assertEquals("4.97 ± 0.07", Numbers.plusMinus(4.9712, 0.0747));
        assertEquals("72.6 ± 1.4", Numbers.plusMinus(72.61, 1.44));
        assertEquals("636 ± 10", Numbers.plusMinus(636.2, 9.6));
        assertEquals("1.72M ± 33.3k", Numbers.plusMinus(1_722_383, 33_252));
    }

    @Test
    void writesThreeSignificantDigitsWithKAndM() {
        assertEquals("4.77", Numbers.format(4.7700000000000005));
        assertEquals("4.77", Numbers.format(Math.ceil(4.7649 / 0.01) * 0.01)); // 4.7700000000000005, an old bound
        assertEquals("4.53e-4", Numbers.format(0.000453));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("950", Numbers.format(950));
        assertEquals("1.23k", Numbers.format(1234.5));
        assertEquals("9.5k", Numbers.format(9500));
        assertEquals("250k", Numbers.format(250_000));
        assertEquals("1.25M", Numbers.format(1_250_000));
        assertEquals("-40k", Numbers.format(-40_000));
        assertEquals("0.0123", Numbers.format(0.012345));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0", Numbers.format(-0.0001 * 0)); // no "-0"
        assertEquals("1M", Numbers.format(999_999)); // rounds up into the next unit
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("12.5%", Numbers.format(12.5, "%"));
        assertEquals("3.48 days", Numbers.format(3.4762554007134754, "days"));
    }

    @Test
    void neverMoreThanThreeSignificantDigitsNorFloatNoise() {
        Random r = new Random(42); // any values: magnitudes from 1e-4 to 1e8, both signs
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextBoolean() ? 1 : -1) * Math.pow(10, -4 + 12 * r.nextDouble());
            String s = Numbers.format(v);
            assertFalse(NOISE.matcher(s).find(), s);
            String digits = s.replaceFirst("e-?\\d+$", "").replaceAll("[^0-9]", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
            assertTrue(digits.length() <= 3, v + " -> " + s);
            // within half a unit of the third significant digit (relative error at most 0.5%)
            double back = Double.parseDouble(s.contains("e") ? s
                    : s.replace("k", "e3").replace("M", "e6").replace("G", "e9"));
            assertEquals(v, back, Math.abs(v) * 0.005 + 1e-12, s);
        }
    }

    @Test
    void roundsOutwardsAndPatternsForPatternOnlyParts() {
        assertEquals("4.77", Double.toString(Numbers.round(4.7749, java.math.RoundingMode.FLOOR)));
        assertEquals("4.78", Double.toString(Numbers.round(4.7701, java.math.RoundingMode.CEILING)));
        assertEquals("#,##0.##", Numbers.pattern(3.47));
        assertEquals("#,##0", Numbers.pattern(1970));
        assertEquals("#,##0.####", Numbers.pattern(0.0123));
    }
}
