package org.ordercycle.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Holm and Benjamini-Hochberg adjusted p-values against hand-computed and published examples. */
class AdjustmentTest {

    /**
     * p = 0.01, 0.04, 0.03, 0.005 (m = 4). Sorted: 0.005, 0.01, 0.03, 0.04.
     * Holm: 4 x 0.005 = 0.02; 3 x 0.01 = 0.03; 2 x 0.03 = 0.06; 1 x 0.04 = 0.04, raised to the
     * running maximum 0.06. Benjamini-Hochberg: 4/1 x 0.005 = 0.02; 4/2 x 0.01 = 0.02;
     * 4/3 x 0.03 = 0.04; 4/4 x 0.04 = 0.04, each lowered to the minimum of those after it.
     */
    @Test
    void handComputedFamilyOfFour() {
        double[] p = {0.01, 0.04, 0.03, 0.005};
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Adjustment.holm(p), 1e-12);
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, Adjustment.benjaminiHochberg(p), 1e-12);
    }

    /**
     * Benjamini and Hochberg (1995), section 4: fifteen p-values from a clinical trial. At 0.05
     * their procedure rejects the four smallest; Holm's rejects only the three smallest
     * (13 x 0.0019 = 0.0247, but 12 x 0.0095 = 0.114).
     */
    @Test
    void benjaminiHochbergPaperExample() {
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
                0.5719, 0.6528, 0.7590, 1.000};
        assertEquals(4, rejected(Adjustment.benjaminiHochberg(p), 0.05));
        assertEquals(3, rejected(Adjustment.holm(p), 0.05));
        // the fourth: min over i >= 4 of 15 p_(i) / i = 15 x 0.0095 / 4
        assertEquals(15 * 0.0095 / 4, Adjustment.benjaminiHochberg(p)[3], 1e-12);
    }

    @Test
    void oneTestIsLeftAsItIs() {
        assertArrayEquals(new double[] {0.037}, Adjustment.holm(new double[] {0.037}), 0);
        assertArrayEquals(new double[] {0.037}, Adjustment.benjaminiHochberg(new double[] {0.037}), 0);
    }

    @Test
    void missingPValuesStayOutOfTheFamily() {
        double[] p = {0.02, Double.NaN, 0.04};
        double[] holm = Adjustment.holm(p);
        assertTrue(Double.isNaN(holm[1]));
        assertArrayEquals(new double[] {0.04, 0.04}, new double[] {holm[0], holm[2]}, 1e-12); // m = 2, not 3
        assertThrows(IllegalArgumentException.class, () -> Adjustment.holm(new double[] {1.2}));
    }

    @Test
    void adjustedValuesNeverFallBelowTheRawOnesNorExceedOne() {
        double[] p = {0.9, 0.5, 0.0, 0.7, 0.3};
        for (Adjustment a : Adjustment.values()) {
            double[] adj = a.adjust(p);
            for (int i = 0; i < p.length; i++) {
                assertTrue(adj[i] >= p[i] && adj[i] <= 1, a + " at " + i);
            }
        }
    }

    private static int rejected(double[] adjusted, double alpha) {
        int n = 0;
        for (double v : adjusted) {
            n += v <= alpha ? 1 : 0;
        }
        return n;
    }
}
