package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Successive halving on synthetic candidates with a known best. */
class SuccessiveHalvingTest {

    /** Candidate i has true mean -0.5 * |i - 11| (best: 11), observations add N(0, 1) noise. */
    private static SuccessiveHalving.Source noisy(Random rng) {
        return (c, from, to) -> {
            double[][] v = new double[c.length][to - from];
            for (int s = 0; s < c.length; s++) {
                for (int j = 0; j < to - from; j++) {
                    v[s][j] = -0.5 * Math.abs(c[s] - 11) + rng.nextGaussian();
                }
            }
            return v;
        };
    }

    /**
     * 32 candidates, 4 first replications, 4 finalists. Over 400 macro-replications the best
     * must reach the finalists in at least 95% of them. Where 95% comes from: the best's
     * nearest rivals are 0.5 behind; in round 1 (n = 4, sd of a mean 0.5) the best falls out of
     * the top 16 only if more than 15 candidates beat it, which needs rivals 2+ sd above it;
     * in the later rounds n doubles and the gaps to the bottom half grow. A simulation of the
     * scheme gives about 99%; 95% leaves room for binomial noise (sd of the rate at 0.99 over
     * 400 trials is 0.005, so 95% is eight sd below).
     */
    @Test
    void theBestReachesTheFinalistsWithHighProbability() {
        Random rng = new Random(17);
        int hits = 0;
        int trials = 400;
        for (int t = 0; t < trials; t++) {
            SuccessiveHalving.Outcome o = new SuccessiveHalving(32, 4, 4).run(noisy(rng));
            for (int f : o.finalists()) {
                hits += f == 11 ? 1 : 0;
            }
        }
        double rate = (double) hits / trials;
        assertTrue(rate >= 0.95, "the best reached the finalists in " + rate + " of the trials, expected >= 0.95");
    }

    @Test
    void roundsHalveAndDoubleTheReplications() {
        SuccessiveHalving.Outcome o = new SuccessiveHalving(32, 3, 4).run(noisy(new Random(1)));
        List<SuccessiveHalving.Round> r = o.rounds();
        assertEquals(3, r.size(), "32 -> 16 -> 8 -> 4 finalists");
        assertArrayEquals(new int[] {32, 16, 8}, r.stream().mapToInt(x -> x.candidates().length).toArray());
        assertArrayEquals(new int[] {3, 6, 12}, r.stream().mapToInt(SuccessiveHalving.Round::replications)
                .toArray());
        assertEquals(4, o.finalists().length);
    }

    /** Without noise: the budget removes the candidates whose constraint mean exceeds it, whatever their objective. */
    @Test
    void aCandidateOverTheBudgetIsRankedBelowEveryFeasibleOne() {
        // objective i (higher index better), constraint i: budget 5 allows only 0..5
        SuccessiveHalving.Source obj = (c, from, to) -> fill(c, to - from, 1);
        SuccessiveHalving.Source con = (c, from, to) -> fill(c, to - from, 1);
        SuccessiveHalving.Outcome o = new SuccessiveHalving(12, 2, 2).run(obj, con, 5);
        assertArrayEquals(new int[] {5, 4}, o.finalists());
        SuccessiveHalving.Round first = o.rounds().get(0);
        for (int i = 0; i < first.candidates().length; i++) {
            assertEquals(first.candidates()[i] <= 5, first.feasible()[i]);
        }
    }

    private static double[][] fill(int[] c, int n, double scale) {
        double[][] v = new double[c.length][n];
        for (int s = 0; s < c.length; s++) {
            java.util.Arrays.fill(v[s], scale * c[s]);
        }
        return v;
    }
}
