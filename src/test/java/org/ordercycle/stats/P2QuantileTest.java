package org.ordercycle.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.rng.MRG32k3a;

class P2QuantileTest {
    @Test
    void p90OfExponentialDraws() {
        // P(X > x) = exp(-x / mean): the 90th percentile is ln(10) x mean
        double mean = 2.5;
        MRG32k3a stream = new MRG32k3a();
        stream.setSeed(new long[] {12345, 12345, 12345, 12345, 12345, 12345});
        P2Quantile p90 = new P2Quantile(0.9);
        P2Quantile p50 = new P2Quantile(0.5);
        for (int i = 0; i < 100_000; i++) {
            double x = ExponentialDist.inverseF(1 / mean, stream.nextDouble());
            p90.add(x);
            p50.add(x);
        }
        assertEquals(100_000, p90.count());
        assertEquals(Math.log(10) * mean, p90.value(), 0.02 * Math.log(10) * mean);
        assertEquals(Math.log(2) * mean, p50.value(), 0.02 * Math.log(2) * mean);
    }

    @Test
    void exactForFiveObservationsOrFewer() {
        P2Quantile q = new P2Quantile(0.5);
        assertTrue(Double.isNaN(q.value()));
        for (double x : new double[] {5, 1, 4}) {
            q.add(x);
        }
        assertEquals(4, q.value(), 0.0); // sorted 1, 4, 5: ceil(0.5 x 3) = 2nd
        P2Quantile high = new P2Quantile(0.9);
        for (double x : new double[] {3, 9, 1, 7, 5}) {
            high.add(x);
        }
        assertEquals(9, high.value(), 0.0);
    }

    @Test
    void sortedAndReversedInputsAgreeOnAUniformRamp() {
        // the 0.9 quantile of 0..9999 is about 9000 whatever the order of arrival
        P2Quantile up = new P2Quantile(0.9);
        P2Quantile down = new P2Quantile(0.9);
        for (int i = 0; i < 10_000; i++) {
            up.add(i);
            down.add(9_999 - i);
        }
        assertEquals(9000, up.value(), 100);
        assertEquals(9000, down.value(), 100);
    }

    /**
     * The estimator keeps its markers in fields for speed; every estimate must be bit for bit the
     * array version's, whatever the data: continuous draws, many ties, runs up and down, and the
     * odd NaN or infinity, at the levels the model uses and at extreme ones.
     */
    @Test
    void matchesTheArrayVersionBitForBit() {
        java.util.Random random = new java.util.Random(20261207);
        for (double level : new double[] {0.5, 0.9, 0.95, 0.01, 0.999}) {
            for (int series = 0; series < 40; series++) {
                P2Quantile fields = new P2Quantile(level);
                ReferenceP2Quantile arrays = new ReferenceP2Quantile(level);
                int n = 1 + random.nextInt(series < 20 ? 12 : 20_000);
                for (int i = 0; i < n; i++) {
                    double x = switch (series % 5) {
                        case 0 -> -Math.log(random.nextDouble()); // exponential
                        case 1 -> random.nextInt(4); // heavy ties
                        case 2 -> i % 500 < 250 ? i : -i; // runs up and down
                        case 3 -> random.nextInt(1000) == 0 ? Double.NaN : random.nextGaussian();
                        default -> random.nextInt(2000) == 0 ? Double.POSITIVE_INFINITY : random.nextDouble() * 1e9;
                    };
                    fields.add(x);
                    arrays.add(x);
                    if (i % 97 == 0 || i == n - 1) {
                        assertEquals(Double.doubleToRawLongBits(arrays.value()), Double.doubleToRawLongBits(fields.value()),
                                "level " + level + ", series " + series + ", after " + (i + 1) + " observations");
                    }
                }
                assertEquals(arrays.count(), fields.count());
            }
        }
    }

    @Test
    void levelMustBeInsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new P2Quantile(0));
        assertThrows(IllegalArgumentException.class, () -> new P2Quantile(1));
    }
}
