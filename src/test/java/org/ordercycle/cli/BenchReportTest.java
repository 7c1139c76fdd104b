package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.bench.Benchmark;

/** {@code bench --json} gives each figure, its verdict against its target, and null for what was not measured. */
class BenchReportTest {
    private static Benchmark.Rates round(double bare, double modelEvents, double orders) {
        return new Benchmark.Rates(bare, bare, modelEvents, orders, modelEvents, orders, bare / 2, bare);
    }

    @Test
    void figuresAndVerdicts() throws Exception {
        Benchmark.Figures f = new Benchmark.Figures(List.of(round(8e6, 2e6, 210e3), round(9e6, 1.2e6, 120e3),
                round(7e6, 1.5e6, 150e3)), 2583, 11e6, 11.5e6, 10, 5.5, true, List.of(16.0, 13.5, 14.0), 1.5, 2.0);
        JsonNode j = new ObjectMapper().readTree(BenchReport.json(f, "baseline", 8, "0.2.0"));
        assertEquals("baseline", j.path("scenario").asText());
        assertEquals(3, j.path("rounds").asInt());
        assertEquals(2583, j.path("events_waiting").asDouble());
        assertEquals(8e6, j.path("rates").path("bare_loop_events_per_second").path("median").asDouble());
        assertEquals(7e6, j.path("rates").path("bare_loop_events_per_second").path("lowest_round").asDouble());
        JsonNode b = j.path("targets").path("b_orders_per_second");
        assertEquals(150e3, b.path("measured").asDouble());
        assertEquals(200e3, b.path("target").asDouble());
        assertEquals(false, b.path("met").asBoolean());
        assertEquals(210e3, b.path("highest_round").asDouble());
        // the rounds' ratios are 0.25, 0.133 and 0.214: the median 0.214 is below 0.5
        assertEquals(1.5e6 / 7e6, j.path("targets").path("c_event_ratio").path("measured").asDouble(), 1e-15);
        JsonNode d = j.path("targets").path("d_heap_growth");
        assertEquals(0.5e6 / 11e6, d.path("measured").asDouble(), 1e-12);
        assertTrue(d.path("met").asBoolean(), "4.5 % is within 10 %");
        JsonNode e = j.path("targets").path("e_speedup");
        assertTrue(e.path("met").asBoolean(), "10 / 5.5 = 1.82");
        assertTrue(e.path("identical_results").asBoolean());
        JsonNode main = j.path("targets").path("f_main_job_seconds");
        assertEquals(14.0, main.path("measured").asDouble());
        assertTrue(main.path("met").asBoolean());
        assertEquals(3, main.path("runs").size());
    }

    @Test
    void figuresNotMeasuredAreNull() throws Exception {
        Benchmark.Figures f = new Benchmark.Figures(List.of(round(8e6, 2e6, 200e3)), 2583, Double.NaN, Double.NaN, 10,
                5, true, List.of(), 1, 1);
        JsonNode j = new ObjectMapper().readTree(BenchReport.json(f, "baseline", 8, "dev"));
        assertTrue(j.path("targets").path("d_heap_growth").path("measured").isNull());
        assertTrue(j.path("targets").path("d_heap_growth").path("met").isNull());
        assertTrue(j.path("targets").path("f_main_job_seconds").path("met").isNull());
        assertTrue(j.path("targets").path("b_orders_per_second").path("met").asBoolean(), "200,000 meets 200,000");
    }
}
