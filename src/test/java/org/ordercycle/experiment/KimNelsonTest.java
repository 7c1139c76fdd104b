package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Procedure KN on synthetic normal "policies" with a known best: no simulation, so thousands of
 * macro-replications run in a second.
 */
class KimNelsonTest {
    private static final int K = 5;
    private static final double DELTA = 0.5;
    private static final double PCS = 0.95;
    private static final int MACRO = 1000;
    /** Three binomial standard deviations of an empirical PCS of 0.95 over 1000 macro-replications: 0.0207. */
    private static final double TOLERANCE = 3 * Math.sqrt(PCS * (1 - PCS) / MACRO);

    /**
     * Normal observations, variance 1, with a common part of correlation rho shared by all
     * systems at a replication, as common random numbers give. Replication j of every system
     * uses the same common draw, whatever the order in which the procedure asks for them.
     */
    private static KimNelson.Source normal(double[] means, double rho, long seed) {
        return (systems, from, to) -> {
            double[][] v = new double[systems.length][to - from];
            for (int j = from; j < to; j++) {
                Random common = new Random(seed * 1_000_003L + j);
                double z = common.nextGaussian();
                for (int s = 0; s < systems.length; s++) {
                    Random own = new Random((seed * 1_000_003L + j) * 31 + systems[s] + 1);
                    v[s][j - from] = means[systems[s]] + Math.sqrt(rho) * z + Math.sqrt(1 - rho) * own.nextGaussian();
                }
            }
            return v;
        };
    }

    /** Slippage configuration: the best (system 2) exactly delta above the four others. */
    private static double[] slippage() {
        double[] mu = new double[K];
        mu[2] = DELTA;
        return mu;
    }

    /**
     * The known-answer test of the guarantee: in the least favourable slippage configuration, the
     * empirical probability of correct selection over 1000 macro-replications is at least the
     * target less three binomial standard deviations. KN is conservative (Kim and Nelson 2001
     * report PCS near 0.97-0.99 here), so the test fails only if the procedure is wrong.
     */
    @Test
    void probabilityOfCorrectSelectionMeetsTheTargetInTheSlippageConfiguration() {
        double[] mu = slippage();
        int correct = 0;
        int covered = 0;
        long totalObservations = 0;
        for (int m = 0; m < MACRO; m++) {
            KimNelson.Outcome o = new KimNelson(K, DELTA, PCS, 10, 10_000).run(normal(mu, 0.5, m + 1));
            assertFalse(o.capped());
            correct += o.best() == 2 ? 1 : 0;
            covered += mcbCovers(KimNelson.mcb(o.means(), DELTA), mu) ? 1 : 0;
            for (int n : o.replications()) {
                totalObservations += n;
            }
        }
        double pcs = (double) correct / MACRO;
        System.out.printf("KN slippage: PCS %.3f, MCB coverage %.3f, %.1f observations per macro-replication%n",
                pcs, (double) covered / MACRO, (double) totalObservations / MACRO);
        assertTrue(pcs >= PCS - TOLERANCE, "empirical PCS " + pcs + " below " + (PCS - TOLERANCE));
        double coverage = (double) covered / MACRO;
        assertTrue(coverage >= PCS - TOLERANCE, "MCB joint coverage " + coverage + " below " + (PCS - TOLERANCE));
        // elimination saves work: a fixed-sample plan reaching the end of the region would need
        // about h^2 S^2 / delta^2 = 11.4 x 1 / 0.25 = 46 observations of each of the 5 systems
        assertTrue(totalObservations < (long) MACRO * K * 46, "mean observations per macro-replication "
                + (double) totalObservations / MACRO);
    }

    /** With the best far ahead and the others equal, the worst are dropped at the first screening. */
    @Test
    void clearlyWorseSystemsAreEliminatedAtTheFirstStage() {
        double[] mu = {0, 0, 10, 0, 0};
        KimNelson.Outcome o = new KimNelson(K, DELTA, PCS, 10, 1000).run(normal(mu, 0.5, 7));
        assertEquals(2, o.best());
        assertEquals(4, o.eliminations().size());
        for (KimNelson.Elimination e : o.eliminations()) {
            assertEquals(10, e.replications());
            assertTrue(e.sumOfDifferences() < -e.bound());
        }
        assertArrayEquals(new int[] {10, 10, 10, 10, 10}, o.replications());
    }

    /**
     * eta for k = 5, alpha = 0.05, n0 = 10: ((2 x 0.05 / 4)^(-2/9) - 1) / 2 = (0.025^(-0.2222) - 1) / 2
     * = (2.2701 - 1) / 2 = 0.6350 (hand computation); h^2 = 2 x 0.6350 x 9 = 11.43.
     */
    @Test
    void etaFollowsKimAndNelsonsFormula() {
        assertEquals(0.6350, KimNelson.eta(5, 0.05, 10), 1e-4);
        KimNelson.Outcome o = new KimNelson(K, DELTA, PCS, 10, 1000).run(normal(slippage(), 0.5, 3));
        assertEquals(2 * 0.6350 * 9, o.hSquared(), 1e-3);
    }

    /** Two identical systems never separate: the cap stops the procedure and says so. */
    @Test
    void identicalSystemsStopAtTheCapWithoutAGuarantee() {
        KimNelson.Outcome o = new KimNelson(2, DELTA, PCS, 5, 40).run((systems, from, to) -> {
            double[][] v = new double[systems.length][to - from];
            for (double[] row : v) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = Math.sin(from + j); // the same value for both systems
                }
            }
            return v;
        });
        assertTrue(o.capped());
        assertEquals(2, o.survivors().size());
        assertArrayEquals(new int[] {40, 40}, o.replications());
    }

    /**
     * Hand-computed: means 3, 2.8, 1 with delta 0.5: D = 0.2, -0.2, -2, so the intervals are
     * [min(0, -0.3), max(0, 0.7)], [min(0, -0.7), max(0, 0.3)] and [min(0, -2.5), max(0, -1.5)].
     */
    @Test
    void mcbIntervalsAreConstrainedToContainZero() {
        double[][] ci = KimNelson.mcb(new double[] {3, 2.8, 1}, 0.5);
        assertArrayEquals(new double[] {-0.3, 0.7}, ci[0], 1e-12);
        assertArrayEquals(new double[] {-0.7, 0.3}, ci[1], 1e-12);
        assertArrayEquals(new double[] {-2.5, 0}, ci[2], 1e-12);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KimNelson(1, 1, 0.95, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new KimNelson(3, 0, 0.95, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new KimNelson(3, 1, 0.3, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new KimNelson(3, 1, 0.95, 1, 100));
        KimNelson kn = new KimNelson(2, 1, 0.95, 3, 10);
        assertThrows(IllegalArgumentException.class, () -> kn.run((s, from, to) -> new double[][] {
                {1, Double.NaN, 2}, {1, 2, 3}}));
    }

    /** True when mu_i - max of the others lies in every interval. */
    private static boolean mcbCovers(double[][] ci, double[] mu) {
        for (int i = 0; i < mu.length; i++) {
            double others = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < mu.length; l++) {
                if (l != i) {
                    others = Math.max(others, mu[l]);
                }
            }
            double truth = mu[i] - others;
            if (truth < ci[i][0] || truth > ci[i][1]) {
                return false;
            }
        }
        return true;
    }
}
