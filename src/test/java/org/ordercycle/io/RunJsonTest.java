package org.ordercycle.io;

import org.ordercycle.stats.Overload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.RunResult;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;

class RunJsonTest {

    private final RunResult run = new RunResult("tiny", Policy.SILOED.with(Lever.BILLING_CHECK, true), 7,
            List.of(Fixtures.replication(0, 1), Fixtures.replication(1, 3)));

    @Test
    void hasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RunJson.text(run, "9.9", Overload.warnings(run.policy().name(), run.replications())));

        assertEquals("tiny", json.get("scenario").asText());
        assertEquals("siloed+billing-check=shipping-and-sales", json.get("policy").asText());
        assertEquals("shipping-and-sales", json.get("levers").get("billing-check").asText());
        assertEquals("inflate-and-discount", json.get("levers").get("joint-planning").asText());
        assertEquals(Lever.values().length, json.get("levers").size());
        assertEquals(7, json.get("seed").asLong());
        assertEquals(2, json.get("replications").asInt());
        assertEquals("9.9", json.get("version").asText());

        JsonNode kpis = json.get("kpis");
        assertEquals(Measure.values().length, kpis.size());
        assertEquals(2.0, kpis.get("lead_time_mean").asDouble(), 1e-12);        // mean of 1 and 3
        assertTrue(kpis.get("on_time_rate").isNull(), "NaN is written as null");
        assertEquals(Math.sqrt(2), json.get("kpis_sd").get("lead_time_mean").asDouble(), 1e-12);
        assertTrue(json.get("kpis_sd").get("on_time_rate").isNull());

        JsonNode segments = json.get("segments");
        assertEquals(List.of("key", Fixtures.ODD_SEGMENT), List.copyOf(iterable(segments.fieldNames())));
        assertEquals(102.0, segments.get("key").get("lead_time_mean").asDouble(), 1e-12);
        assertTrue(!segments.get("key").has("changeovers"), "only per-segment measures");

        JsonNode entry = json.get("step_time").get("entry");
        assertEquals(2.5, entry.get("queue").asDouble(), 1e-12);
        assertEquals(2.25, entry.get("processing").asDouble(), 1e-12);
        assertEquals(3.0, entry.get("unattended").asDouble(), 1e-12);

        assertEquals("days", json.get("units").get("lead_time_mean").asText());
        assertEquals("money", json.get("units").get("revenue").asText());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
