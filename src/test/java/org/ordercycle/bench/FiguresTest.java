package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench reports each rate as the median of its rounds, and ratios as the median of each round's ratio. */
class FiguresTest {
    private static Benchmark.Rates round(double bare, double modelEvents, double orders) {
        return new Benchmark.Rates(bare, bare, modelEvents, orders, modelEvents, orders, bare / 4, bare / 2);
    }

    private static Benchmark.Figures figures(List<Benchmark.Rates> rounds) {
        return new Benchmark.Figures(rounds, 2600, 1, 1, 2, 1, true, List.of(16.0, 13.5, 14.0), 0, 0);
    }

    @Test
    void ratesAreTheMedianRoundsAndRangesTheExtremes() {
        Benchmark.Figures f = figures(List.of(round(8e6, 2e6, 190e3), round(9e6, 1.2e6, 120e3),
                round(7e6, 1.5e6, 150e3)));
        assertEquals(8e6, f.median(Benchmark.Rates::bareEventsPerSecond));
        assertEquals(150e3, f.median(Benchmark.Rates::ordersPerSecond));
        assertArrayEquals(new double[] {120e3, 190e3}, f.range(Benchmark.Rates::ordersPerSecond));
        // the ratios of the rounds are 0.25, 0.1333 and 0.2142...: the median is 0.2142..., not 1.5e6 / 8e6
        assertEquals(1.5e6 / 7e6, f.median(Benchmark.Rates::eventRatio), 1e-15);
        // against the model's schedule replayed on its heap (half the bare rate here): 0.5, 0.2667, 0.4286
        assertEquals(1.5e6 / 3.5e6, f.median(Benchmark.Rates::listShare), 1e-15);
        assertEquals(14.0, f.mainJobSeconds());
        assertArrayEquals(new double[] {13.5, 16.0}, f.mainJobRange());
    }

    @Test
    void anEvenNumberOfRoundsAveragesTheMiddleTwo() {
        Benchmark.Figures f = figures(List.of(round(8e6, 2e6, 200e3), round(8e6, 1e6, 100e3)));
        assertEquals(150e3, f.median(Benchmark.Rates::ordersPerSecond));
        assertEquals(1.0, f.cpuShare());
    }

    @Test
    void theModelWorkThatRatioCLeavesIsTwiceTheBareEventLessTheListsEvent() {
        // bare loop 10 M events/s: 100 ns an event, so (c) = 0.5 allows 200 ns; the replayed list
        // runs 20 M events/s, 50 ns an event: 150 ns left; the model at 2 M events/s takes 500 ns,
        // 450 of them beside its list, whose 50 ns are a tenth of its time
        Benchmark.Rates r = new Benchmark.Rates(10e6, 10e6, 2e6, 2e5, 2e6, 2e5, 10e6, 20e6);
        assertEquals(150, r.modelWorkAllowedNanos(), 1e-9);
        assertEquals(450, r.modelWorkNanos(), 1e-9);
        assertEquals(0.1, r.listShare(), 1e-15);
    }
}
