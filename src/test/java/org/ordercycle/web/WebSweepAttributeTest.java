package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Attribution;
import org.ordercycle.experiment.AttributionResult;
import org.ordercycle.experiment.Sweep;
import org.ordercycle.experiment.SweepResult;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioLoader;
import tech.tablesaw.api.Table;

/**
 * Sweeps and attributions through the API: each streams one event per finished replication,
 * ends with the same table as the Java API (exactly: same scenario, seed and replications give
 * the same numbers on any number of threads) and writes the folder the command line writes.
 */
class WebSweepAttributeTest extends OnLocalServer {
    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");
    @Test
    void aSweepStreamsEachReplicationAndEndsWithTheSummaryOfTheJavaApi() throws Exception {
        String id = web.json(web.post("/api/experiments", "{\"kind\":\"sweep\",\"scenario\":\"classroom.yaml\","
                + "\"params\":[\"steps.planning.inflationMean=0,0.4\"],\"replications\":2,\"seed\":3}"))
                .get("id").asText();
        List<String> events = events(id);
        // 2 points x 2 policies (the default siloed, joint) x 2 replications, then the report and the end
        assertEquals(8, events.stream().filter("replication"::equals).count(), events.toString());
        assertEquals(List.of("report", "done"), events.subList(events.size() - 2, events.size()));

        JsonNode done = web.await(id, 300, "done", "failed");
        assertEquals("done", done.get("status").asText(), done.toString());
        assertEquals("sweep", done.get("kind").asText());
        assertEquals(8, done.get("total").asInt());
        SweepResult expected = Sweep.on(CLASSROOM).param("steps.planning.inflationMean", List.of("0", "0.4"))
                .policies(Policy.SILOED, Policy.JOINT).replications(2).seed(3).threads(2).run();
        sameRows(expected.summary(), done.get("results"), "mean");

        Path folder = web.reports.resolve(done.get("folder").asText());
        for (String f : List.of("manifest.json", "report.html", "tables/summary.csv", "tables/results.csv")) {
            assertTrue(Files.isRegularFile(folder.resolve(f)), f);
        }
        JsonNode manifest = WebTestServer.JSON.readTree(folder.resolve("manifest.json").toFile());
        assertEquals("sweep", manifest.get("command").asText());
        assertEquals(2, manifest.get("design").get("points").size());
        assertTrue(manifest.get("command_line").asText().contains("--param"), manifest.toString());
    }

    @Test
    void anAttributionRanksTheLeversWithTheEffectsOfTheJavaApi() throws Exception {
        String id = web.json(web.post("/api/experiments",
                "{\"kind\":\"attribute\",\"scenario\":\"classroom.yaml\",\"replications\":2,\"seed\":5}"))
                .get("id").asText();
        JsonNode done = web.await(id, 900, "done", "failed");
        assertEquals("done", done.get("status").asText(), done.toString());
        Attribution a = Attribution.on(ScenarioLoader.load(CLASSROOM)).seed(5).replications(2).threads(2);
        int policies = Attribution.policies(a.designOf(), a.levels()).size();
        assertEquals(policies * 2, done.get("total").asInt());
        assertEquals(policies * 2, done.get("done").asInt(), "every replication was heard (warm-up pilots aside)");
        AttributionResult expected = a.run();
        sameRows(expected.effectsTable(), done.get("results"), "effect");
        Path folder = web.reports.resolve(done.get("folder").asText());
        for (String f : List.of("manifest.json", "report.html", "tables/effects.csv", "tables/one_at_a_time.csv")) {
            assertTrue(Files.isRegularFile(folder.resolve(f)), f);
        }
    }

    @Test
    void badSweepsAreRefusedWithTheFieldNamed() throws Exception {
        HttpResponse<String> none = web.post("/api/experiments", "{\"kind\":\"sweep\",\"scenario\":\"classroom.yaml\"}");
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("params"), none.body());
        HttpResponse<String> range = web.post("/api/experiments", "{\"kind\":\"sweep\",\"scenario\":\"classroom.yaml\","
                + "\"params\":[\"steps.planning.inflationMean=0..0.4\"]}");
        assertEquals(400, range.statusCode());
        assertTrue(range.body().contains("samples"), range.body());
        HttpResponse<String> reversed = web.post("/api/experiments", "{\"kind\":\"sweep\","
                + "\"scenario\":\"classroom.yaml\",\"params\":[\"steps.planning.inflationMean=0.4..0\"],\"samples\":3}");
        assertEquals(400, reversed.statusCode());
        assertTrue(reversed.body().contains("LO <= HI"), reversed.body());
        HttpResponse<String> field = web.post("/api/experiments", "{\"kind\":\"sweep\",\"scenario\":\"classroom.yaml\","
                + "\"params\":[\"steps.planning.inflationMean=-5,0\"]}");
        assertEquals(422, field.statusCode(), "a point outside the field's range is refused before anything runs");
        assertTrue(field.body().contains("inflationMean"), field.body());
        String tenths = "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1";
        HttpResponse<String> huge = web.post("/api/experiments", "{\"kind\":\"sweep\",\"scenario\":\"classroom.yaml\","
                + "\"params\":[\"steps.planning.inflationMean=" + tenths + "\",\"steps.planning.inflationSd=" + tenths
                + "\",\"steps.planning.learningRate=" + tenths + "\"],\"replications\":20}");
        assertEquals(400, huge.statusCode(), "1,000 points x 2 policies x 20 replications is over the bound");
        assertTrue(huge.body().contains("40000 runs") && huge.body().contains("20000"), huge.body());
        assertEquals(0, web.json(web.get("/api/experiments")).size());
    }

    /** The rows of a result table and the API's rows agree, text exactly and numbers to the last bit. */
    private static void sameRows(Table expected, JsonNode rows, String numberColumn) {
        assertEquals(expected.rowCount(), rows.size());
        for (int i = 0; i < expected.rowCount(); i++) {
            for (String c : expected.columnNames()) {
                Object want = expected.column(c).get(i);
                JsonNode got = rows.get(i).get(c);
                if (want instanceof Double d) {
                    if (Double.isNaN(d)) {
                        assertTrue(got.isNull(), c + " row " + i);
                    } else {
                        assertEquals(d, got.asDouble(), 0.0, c + " row " + i);
                    }
                } else if (!(want instanceof Integer) && !(want instanceof Boolean)) {
                    assertEquals(String.valueOf(want), got.asText(), c + " row " + i);
                }
            }
            assertTrue(rows.get(i).has(numberColumn));
        }
    }

    private List<String> events(String id) throws Exception {
        List<String> events = new ArrayList<>();
        HttpResponse<Stream<String>> stream = web.http().send(HttpRequest.newBuilder(
                web.uri("/api/experiments/" + id + "/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = stream.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("event: ")) {
                    events.add(line.substring(7));
                }
            }
        }
        return events;
    }
}
