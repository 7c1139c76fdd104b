package org.ordercycle.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Variance amplification at an aggregation, on hand-made series whose ratio is known. */
class AmplificationTest {

    @Test
    void aQuarterOfAWeeklyPlanIsThirteenPeriods() {
        assertEquals(13, Amplification.periodsPerQuarter(7));
        assertEquals(3, Amplification.periodsPerQuarter(30)); // 91 / 30 = 3.03
        assertEquals(1, Amplification.periodsPerQuarter(365));
    }

    /**
     * Blocks of 2 periods. Demand sums 10, 20, 10, 20 (variance 100/3); orders sum 0, 30, 0, 30
     * (variance 900/3): ratio 9.
     */
    @Test
    void ratioOfTheBlockSums() {
        double[] demand = {5, 5, 10, 10, 5, 5, 10, 10};
        double[] orders = {0, 0, 15, 15, 0, 0, 15, 15};
        assertEquals(9, Amplification.ratio(demand, orders, 2, 2), 1e-12);
    }

    /**
     * A week's over-order taken back the next week amplifies weekly orders but not their sums.
     * Demand 10, 14, 12, 16 (twice): deviations from 13 are -3, 1, -1, 3, squares summing 20 per
     * cycle. Orders are demand + 5, then demand - 5: 15, 9, 17, 11, deviations 2, -4, 4, -2, squares
     * summing 40: weekly ratio 2. By blocks of two both sums are 24, 28, 24, 28: ratio 1.
     */
    @Test
    void overOrdersTakenBackWithinABlockCancel() {
        double[] demand = {10, 14, 12, 16, 10, 14, 12, 16};
        double[] orders = {15, 9, 17, 11, 15, 9, 17, 11};
        assertEquals(2, Amplification.ratio(demand, orders, 1, 2), 1e-12);
        assertEquals(1, Amplification.ratio(demand, orders, 2, 2), 1e-12);
    }

    @Test
    void tooFewBlocksOrFlatDemandIsNotMeasured() {
        double[] demand = {1, 2, 3, 4, 5, 6, 7};
        double[] orders = {1, 2, 3, 4, 5, 6, 7};
        assertTrue(Double.isNaN(Amplification.ratio(demand, orders, 2, 4)), "3 whole blocks of 2, 4 needed");
        assertEquals(1, Amplification.ratio(demand, orders, 2, 3), 1e-12); // the 7th period is left out
        assertTrue(Double.isNaN(Amplification.ratio(new double[] {2, 2, 2, 2}, new double[] {1, 2, 3, 4}, 1, 2)),
                "demand that does not vary");
        assertThrows(IllegalArgumentException.class, () -> Amplification.ratio(new double[2], new double[3], 1, 2));
    }
}
