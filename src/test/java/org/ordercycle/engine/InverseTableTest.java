package org.ordercycle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.DistKind;
import umontreal.ssj.probdist.GammaDist;

/** The tabulated gamma inverse against SSJ's exact {@link GammaDist#inverseF}. */
class InverseTableTest {
    private static final double REL = 1e-3;

    private static Sampler gamma(double mean, double sd) {
        return Sampler.plain(new Dist(DistKind.gamma, null, mean, sd, null, null, null, null, null, null));
    }

    /** Max relative error over u in [uMin, 1 - 1e-9]: a grid plus points in both tails. */
    private static void assertQuantiles(double mean, double sd, double uMin) {
        double shape = mean * mean / (sd * sd);
        double rate = shape / mean;
        Sampler s = gamma(mean, sd);
        double[] tails = {uMin, 2 * uMin, 0.01, 0.99, 0.999, 0.9999, 1 - 1e-6, 1 - 1e-9};
        for (double u : tails) {
            check(s, shape, rate, u);
        }
        for (int i = 1; i < 1000; i++) {
            check(s, shape, rate, i / 1000.0);
        }
    }

    private static void check(Sampler s, double shape, double rate, double u) {
        double exact = GammaDist.inverseF(shape, rate, 15, u);
        assertEquals(exact, s.sample(u), REL * exact, "shape " + shape + ", u = " + u);
    }

    @Test
    void quantilesOfTheShippedGammasMatchTheExactInverse() {
        // the gamma distributions of scenarios/baseline.yaml: order sizes, payment days, handling, visits
        assertQuantiles(40, 20, 1e-3);  // shape 4
        assertQuantiles(20, 12, 1e-3);  // shape 2.8
        assertQuantiles(6, 5, 1e-3);    // shape 1.44
        assertQuantiles(45, 10, 1e-4);  // shape 20
        assertQuantiles(30, 12, 1e-4);  // shape 6.25
        assertQuantiles(3, 1.5, 1e-4);  // shape 4
        assertQuantiles(1, 1, 1e-3);    // shape 1: the exponential
    }

    @Test
    void tablesAreSharedByParameters() {
        Sampler a = gamma(40, 20);
        Sampler b = gamma(40, 20);
        for (double u : new double[] {0.1, 0.5, 0.9}) {
            assertEquals(a.sample(u), b.sample(u), 0.0);
        }
        GammaDist d = new GammaDist(4, 0.1);
        assertSame(InverseTable.of(List.of("gamma", 4.0, 0.1), d), InverseTable.of(List.of("gamma", 4.0, 0.1), d));
    }

    @Test
    void quantilesOfAGammaWithShapeBelowOne() {
        assertQuantiles(1, 2, 1e-3);    // shape 0.25
        assertQuantiles(1, 1.5, 1e-3);  // shape 0.44
    }

    @Test
    void theGuidedSearchGivesTheBinarySearchBitForBit() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (double[] p : new double[][] {{4, 0.1}, {2.8, 0.14}, {1.44, 0.24}, {20, 0.44}, {1, 1}}) {
            InverseTable t = InverseTable.of(List.of("gamma", p[0], p[1]), new GammaDist(p[0], p[1]));
            for (int i = 0; i < 200_000; i++) {
                double u = rnd.nextDouble();
                if (u > 0) {
                    assertEquals(t.inverseByBinarySearch(u), t.inverse(u), 0.0, "u = " + u);
                }
            }
            for (int i = 1; i <= InverseTable.points(); i += 7) { // u on the table and next to it
                double u = t.cdfAt(i);
                if (u > 0 && u < 1) {
                    for (double v : new double[] {u, Math.nextDown(u), Math.nextUp(u)}) {
                        assertEquals(t.inverseByBinarySearch(v), t.inverse(v), 0.0, "u = " + v);
                    }
                }
            }
            for (int k = 1; k < 4096; k += 5) { // bucket edges of the guide
                double u = k / 4096.0;
                for (double v : new double[] {u, Math.nextDown(u), Math.nextUp(u)}) {
                    assertEquals(t.inverseByBinarySearch(v), t.inverse(v), 0.0, "u = " + v);
                }
            }
        }
    }

    @Test
    void theMemoStaysBoundedAndATableBuiltAgainGivesTheSameValues() {
        double before = gamma(3, 1.5).sample(0.37);
        // a sweep over many shapes: more tables than the memo keeps
        for (int i = 0; i < 3 * InverseTable.MAX_TABLES; i++) {
            gamma(3 + 0.01 * (i + 1), 1.5).sample(0.5);
            assertTrue(InverseTable.cached() <= InverseTable.MAX_TABLES, "tables kept: " + InverseTable.cached());
        }
        assertEquals(before, gamma(3, 1.5).sample(0.37), 0.0, "rebuilt after being dropped");
    }
}
