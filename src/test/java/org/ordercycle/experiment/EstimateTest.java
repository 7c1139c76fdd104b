package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The interval of {@link Estimate} against a hand calculation and the memoised t quantiles against Commons Math. */
class EstimateTest {

    @Test
    void intervalOfFourValuesByHand() {
        // mean 5, sd sqrt(20/3) = 2.5820, t(0.975, 3) = 3.182446 (tables), half-width t * sd / 2 = 4.1085
        Estimate e = Estimate.of(new double[] {2, 4, 6, 8, Double.NaN}, 0.95);
        assertEquals(4, e.n(), "the NaN is skipped");
        assertEquals(5, e.mean(), 1e-12);
        assertEquals(Math.sqrt(20.0 / 3), e.sd(), 1e-12);
        assertEquals(3.182446 * Math.sqrt(20.0 / 3) / 2, e.halfWidth(), 1e-5);
    }

    @Test
    void memoisedQuantilesAreCommonsMathsBitForBit() {
        for (double level : new double[] {0.9, 0.95, 0.99}) {
            for (int df = 1; df <= 200; df++) {
                double expected = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
                assertEquals(expected, Estimate.tQuantile(df, level), 0.0, "df " + df + ", level " + level);
                assertEquals(expected, Estimate.tQuantile(df, level), 0.0, "asked again");
            }
        }
    }
}
