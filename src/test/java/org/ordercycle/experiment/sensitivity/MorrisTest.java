package org.ordercycle.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.engine.Streams;
import umontreal.ssj.rng.RandomStream;

/** Morris screening ranks inputs of functions whose importance is known analytically. */
class MorrisTest {
    private static RandomStream stream(long seed) {
        return new Streams(seed, 0, List.of("morris")).get("morris");
    }

    /**
     * g-function with a = 0, 1, 4.5, 9, 99, 99 (importance falls with a_i; analytic ST order
     * x1 > x2 > x3 > x4 > x5 = x6): 50 trajectories on 4 levels give mu* in that order, and the
     * two a = 99 inputs get mu* below 2% of x1's.
     */
    @Test
    void gFunctionInputsAreRankedByTheirA() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        Morris.Result r = Morris.analyse(Morris.trajectories(6, 50, 4, stream(1)), u -> KnownFunctions.g(u, a));
        for (int i = 0; i < 3; i++) {
            assertTrue(r.muStar()[i] > r.muStar()[i + 1], "mu* of x" + (i + 1) + " > x" + (i + 2));
        }
        assertTrue(r.muStar()[4] < 0.02 * r.muStar()[0] && r.muStar()[5] < 0.02 * r.muStar()[0]);
    }

    /**
     * Ishigami: x3 acts only through its interaction with x1, with effects of both signs: its
     * signed mean mu is near 0 while mu* and sigma are large (Campolongo et al. 2007 use mu*
     * for this reason); x1 and x2 are influential too. Every mu* is at least 1, x3's |mu| is
     * below a fifth of its mu*.
     */
    @Test
    void ishigamiInteractionShowsInSigmaAndMuStarNotInMu() {
        Morris.Result r = Morris.analyse(Morris.trajectories(3, 100, 4, stream(2)), KnownFunctions::ishigami);
        for (int i = 0; i < 3; i++) {
            assertTrue(r.muStar()[i] >= 1, "mu* of x" + (i + 1) + " = " + r.muStar()[i]);
        }
        assertTrue(Math.abs(r.mu()[2]) < 0.2 * r.muStar()[2], "mu of x3 " + r.mu()[2] + " vs mu* " + r.muStar()[2]);
        assertTrue(r.sigma()[2] > r.muStar()[2], "sigma of x3 exceeds its mu*");
    }

    /** On a linear function every elementary effect equals the coefficient: mu = mu* = b_i, sigma = 0. */
    @Test
    void linearFunctionHasExactEffects() {
        double[] b = {3, -2, 0.5};
        Morris.Result r = Morris.analyse(Morris.trajectories(3, 10, 6, stream(3)),
                u -> b[0] * u[0] + b[1] * u[1] + b[2] * u[2]);
        for (int i = 0; i < 3; i++) {
            assertEquals(b[i], r.mu()[i], 1e-9);
            assertEquals(Math.abs(b[i]), r.muStar()[i], 1e-9);
            assertEquals(0, r.sigma()[i], 1e-9);
        }
    }

    @Test
    void trajectoriesMoveOneInputAtATimeOnTheGrid() {
        Morris.Design d = Morris.trajectories(4, 5, 4, stream(4));
        assertEquals(5 * 5, d.points().length);
        assertEquals(2.0 / 3, d.delta(), 1e-12);
        for (int t = 0; t < 5; t++) {
            for (int k = 0; k < 4; k++) {
                double[] p = d.points()[t * 5 + k];
                double[] q = d.points()[t * 5 + k + 1];
                for (int j = 0; j < 4; j++) {
                    double diff = Math.abs(q[j] - p[j]);
                    assertEquals(j == d.moved()[t][k] ? d.delta() : 0, diff, 1e-12);
                    assertTrue(q[j] >= 0 && q[j] <= 1);
                }
            }
        }
    }
}
