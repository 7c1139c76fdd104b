package org.ordercycle.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.engine.Streams;
import umontreal.ssj.rng.RandomStream;

/**
 * Sobol' indices against analytic values. Expected values: Ishigami from Saltelli et al. (2008),
 * the g-function from its a_i (see {@link KnownFunctions}).
 */
class SobolIndicesTest {
    private static final double[] G_A = {0, 1, 4.5, 9, 99, 99};

    private static RandomStream stream(long seed) {
        return new Streams(seed, 0, List.of("bootstrap")).get("bootstrap");
    }

    /** n = 8192 Sobol' points (57,344 evaluations): every index within 0.02 of its analytic value. */
    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        SobolIndices.Result r = SobolIndices.estimate(Saltelli.sobolSequence(8192, 3), KnownFunctions::ishigami,
                0, 0.95, stream(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(KnownFunctions.ISHIGAMI_FIRST[i], r.first()[i].estimate(), 0.02, "S1 of x" + (i + 1));
            assertEquals(KnownFunctions.ISHIGAMI_TOTAL[i], r.total()[i].estimate(), 0.02, "ST of x" + (i + 1));
        }
        // variance of Ishigami: a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 = 13.8446
        assertEquals(13.8446, r.variance(), 0.3);
    }

    /** n = 8192 Sobol' points on the six-input g-function: every index within 0.02 of its analytic value. */
    @Test
    void gFunctionIndicesMatchTheAnalyticValues() {
        SobolIndices.Result r = SobolIndices.estimate(Saltelli.sobolSequence(8192, 6),
                u -> KnownFunctions.g(u, G_A), 0, 0.95, stream(1));
        double[] s1 = KnownFunctions.gFirst(G_A);
        double[] st = KnownFunctions.gTotal(G_A);
        for (int i = 0; i < 6; i++) {
            assertEquals(s1[i], r.first()[i].estimate(), 0.02, "S1 of x" + (i + 1));
            assertEquals(st[i], r.total()[i].estimate(), 0.02, "ST of x" + (i + 1));
        }
    }

    /**
     * A random (Latin hypercube) design of n = 2048 with 500 bootstrap resamples: every 95%
     * interval holds the analytic value (6 intervals; with valid intervals all six miss together
     * rarely, and the intervals must also be narrower than 0.15, so that this is not trivial).
     */
    @Test
    void bootstrapIntervalsHoldTheAnalyticIshigamiValues() {
        SobolIndices.Result r = SobolIndices.estimate(Saltelli.latinHypercube(2048, 3, stream(7)),
                KnownFunctions::ishigami, 500, 0.95, stream(8));
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index s1 = r.first()[i];
            SobolIndices.Index st = r.total()[i];
            assertTrue(s1.low() <= KnownFunctions.ISHIGAMI_FIRST[i] && KnownFunctions.ISHIGAMI_FIRST[i] <= s1.high(),
                    "S1 of x" + (i + 1) + " " + s1);
            assertTrue(st.low() <= KnownFunctions.ISHIGAMI_TOTAL[i] && KnownFunctions.ISHIGAMI_TOTAL[i] <= st.high(),
                    "ST of x" + (i + 1) + " " + st);
            assertTrue(s1.high() - s1.low() < 0.15 && st.high() - st.low() < 0.15, "interval widths");
        }
    }

    @Test
    void sameStreamGivesTheSameIntervals() {
        Saltelli d = Saltelli.sobolSequence(256, 3);
        SobolIndices.Result a = SobolIndices.estimate(d, KnownFunctions::ishigami, 100, 0.95, stream(3));
        SobolIndices.Result b = SobolIndices.estimate(d, KnownFunctions::ishigami, 100, 0.95, stream(3));
        assertEquals(a.first()[0], b.first()[0]);
        assertEquals(a.total()[2], b.total()[2]);
    }

    @Test
    void designHasABAndTheMixedMatrices() {
        Saltelli d = Saltelli.sobolSequence(4, 2);
        double[][] p = d.points();
        assertEquals(4 * 4, p.length);
        for (int k = 0; k < 4; k++) {
            assertEquals(d.b()[k][0], p[2 * 4 + k][0]); // A_B^(1): column 1 from B
            assertEquals(d.a()[k][1], p[2 * 4 + k][1]);
            assertEquals(d.a()[k][0], p[3 * 4 + k][0]); // A_B^(2): column 2 from B
            assertEquals(d.b()[k][1], p[3 * 4 + k][1]);
        }
    }
}
