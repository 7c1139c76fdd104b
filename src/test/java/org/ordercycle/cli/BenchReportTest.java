package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.bench.Benchmark;
import org.ordercycle.bench.Figure;
import org.ordercycle.bench.Target;

/** {@code bench --json} gives each figure, its target and verdict, and null for what was not measured. */
class BenchReportTest {
    private static Benchmark.Rates round(double orders) {
        return new Benchmark.Rates(8e6, 8e6, 2e6, orders, 2e6, orders, 4e6, 6e6, orders / 25_000);
    }

    @Test
    void figuresAndVerdicts() throws Exception {
        Benchmark.Result r = new Benchmark.Result(List.of(
                Figure.of("a_orders_per_cpu_second", "(a)", 150e3, Target.ORDERS_PER_CPU_SECOND),
                Figure.of("c_wide_ratio", "(c)", 1.2, Target.WIDE_RATIO),
                Figure.info("events_waiting", "waiting", 2583),
                Figure.skipped("e_spark_task_overhead", "(e)", Target.SPARK_OVERHEAD, "spark/ is not built")),
                List.of(round(210e3), round(120e3), round(150e3)), true, 1.5, 2.0);
        JsonNode j = new ObjectMapper().readTree(BenchReport.json(r, "baseline", 8, "0.4.0"));
        assertEquals("baseline", j.path("scenario").asText());
        assertEquals(3, j.path("rounds").asInt());
        assertEquals(120e3, j.path("orders_per_cpu_second_rounds").path("lowest_round").asDouble());
        JsonNode a = j.path("figures").path("a_orders_per_cpu_second");
        assertEquals(150e3, a.path("measured").asDouble());
        assertEquals(200e3, a.path("target_min").asDouble());
        assertTrue(a.path("target_max").isNull());
        assertFalse(a.path("met").asBoolean());
        assertTrue(j.path("figures").path("c_wide_ratio").path("met").asBoolean());
        assertFalse(j.path("figures").path("events_waiting").has("met"), "information has no verdict");
        JsonNode e = j.path("figures").path("e_spark_task_overhead");
        assertTrue(e.path("measured").isNull());
        assertTrue(e.path("met").isNull());
        assertEquals("spark/ is not built", e.path("note").asText());
    }
}
