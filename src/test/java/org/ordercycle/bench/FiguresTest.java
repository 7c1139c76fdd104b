package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench reports medians of its rounds, and each figure's verdict against its target. */
class FiguresTest {
    private static Benchmark.Rates round(double bare, double modelEvents, double orders) {
        return new Benchmark.Rates(bare, bare, modelEvents, orders, modelEvents, orders, bare / 4, bare / 2, orders / 25_000);
    }

    @Test
    void ratesAreTheMedianRoundsAndRangesTheExtremes() {
        Benchmark.Result r = new Benchmark.Result(List.of(), List.of(round(8e6, 2e6, 190e3), round(9e6, 1.2e6, 120e3),
                round(7e6, 1.5e6, 150e3)), true, 0, 0);
        assertEquals(8e6, r.median(Benchmark.Rates::bareEventsPerSecond));
        assertEquals(150e3, r.median(Benchmark.Rates::ordersPerCpuSecond));
        assertArrayEquals(new double[] {120e3, 190e3}, r.range(Benchmark.Rates::ordersPerCpuSecond));
        // the ratios of the rounds are 0.25, 0.1333 and 0.2142...: the median is 0.2142..., not 1.5e6 / 8e6
        assertEquals(1.5e6 / 7e6, r.median(Benchmark.Rates::eventRatio), 1e-15);
    }

    @Test
    void anEvenNumberOfValuesAveragesTheMiddleTwo() {
        assertEquals(150, Stats.median(new double[] {200, 100}));
        assertEquals(2, Stats.median(new double[] {3, 1, 2}));
        assertTrue(Double.isNaN(Stats.median(new double[0])));
    }

    @Test
    void verdictsFollowTheirTargets() {
        assertEquals("met", Figure.of("a", "a", 200_000, Target.ORDERS_PER_CPU_SECOND).verdict(), "the bound counts");
        assertEquals("NOT MET", Figure.of("a", "a", 199_999, Target.ORDERS_PER_CPU_SECOND).verdict());
        assertEquals("met", Figure.of("c", "c", 1.3, Target.WIDE_RATIO).verdict());
        assertEquals("NOT MET", Figure.of("c", "c", 1.31, Target.WIDE_RATIO).verdict());
        // (g) is a range: the estimate must be slower than measured, but not by more than 1.5 times
        assertFalse(Target.ESTIMATE_MARGIN.met(0.99));
        assertTrue(Target.ESTIMATE_MARGIN.met(1.2));
        assertFalse(Target.ESTIMATE_MARGIN.met(1.51));
        Figure skipped = Figure.skipped("e", "e", Target.SPARK_OVERHEAD, "not built");
        assertNull(skipped.met());
        assertEquals("skipped: not built", skipped.verdict());
        assertEquals("", Figure.info("x", "x", 3).verdict(), "information has no verdict");
        assertEquals("at least 200,000", Target.ORDERS_PER_CPU_SECOND.text());
        assertEquals("at most 1.30", Target.WIDE_RATIO.text());
        assertEquals("1 to 1.50", Target.ESTIMATE_MARGIN.text());
    }
}
