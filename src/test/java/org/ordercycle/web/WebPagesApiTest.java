package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.OrderTrace;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.ComparisonFolder;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.io.Folders;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.scenario.bind.SchemaGenerator;
import org.ordercycle.stats.TraceEvent;

/** The API behind the trace page, the scenario form and the runs side by side. */
class WebPagesApiTest extends OnLocalServer {
    private static final Path CLASSROOM = Path.of("scenarios/classroom.yaml");
    @Test
    void theTraceIsTheJourneyOrdercycleTraceFollowsUnderEachPolicy() throws Exception {
        Scenario s = ScenarioLoader.load(CLASSROOM);
        // the first number that became an order under siloed (numbers skip the inquiries that did not)
        OrderTrace probe = OrderTrace.run(s, Policy.SILOED, 1, 0, 30);
        long order = probe.record() != null ? 30 : probe.nextOrder();
        JsonNode t = web.json(web.get("/api/trace?scenario=classroom.yaml&order=" + order
                + "&policy=siloed&policy=joint"));
        assertEquals(2, t.get("journeys").size(), t.toString());
        for (int i = 0; i < 2; i++) {
            Policy p = i == 0 ? Policy.SILOED : Policy.JOINT;
            JsonNode j = t.get("journeys").get(i);
            assertEquals(p.name(), j.get("policy").asText());
            OrderTrace expected = OrderTrace.run(s, p, 1, 0, order);
            assertEquals(expected.events().size(), j.get("events").size(), p.name());
            for (int e = 0; e < expected.events().size(); e++) {
                TraceEvent want = expected.events().get(e);
                JsonNode got = j.get("events").get(e);
                assertEquals(want.time(), got.get("time").asDouble(), 0.0);
                assertEquals(want.owner(), got.get("owner").asText());
                assertEquals(want.step(), got.get("step").asText());
            }
            if (expected.record() != null) {
                assertEquals(expected.record().unattended(), j.get("order").get("unattended").asDouble(), 0.0);
                assertEquals(10, j.get("order").get("steps").size(), "one row per step of the order cycle");
            }
        }
        assertTrue(t.get("journeys").get(0).has("order"), "the probed order became an order under siloed");
    }

    @Test
    void badTraceQueriesAreRefusedWithTheFieldNamed() throws Exception {
        HttpResponse<String> word = web.get("/api/trace?scenario=classroom.yaml&order=abc");
        assertEquals(400, word.statusCode());
        assertTrue(web.json(word).get("error").asText().startsWith("order:"), word.body());
        HttpResponse<String> none = web.get("/api/trace?scenario=classroom.yaml");
        assertEquals(400, none.statusCode());
        HttpResponse<String> escape = web.get("/api/trace?scenario=..%2Fpom.xml&order=1");
        assertEquals(400, escape.statusCode(), escape.body());
        HttpResponse<String> policy = web.get("/api/trace?scenario=classroom.yaml&order=1&policy=nobody");
        assertTrue(policy.statusCode() == 400 || policy.statusCode() == 404, policy.body());
        JsonNode missing = web.json(web.get("/api/trace?scenario=classroom.yaml&order=999999999&policy=siloed"));
        assertTrue(missing.get("journeys").get(0).get("missing").asText().contains("does not exist"), missing.toString());
    }

    @Test
    void theSchemaIsTheOneTheProjectShips() throws Exception {
        HttpResponse<String> r = web.get("/api/schema");
        assertEquals(200, r.statusCode());
        assertEquals(WebTestServer.JSON.readTree(SchemaGenerator.jsonSchema()), web.json(r));
        assertEquals(WebTestServer.JSON.readTree(Files.readString(Path.of("schema/scenario.schema.json"))), web.json(r));
    }

    @Test
    void aFormEditChangesOnlyThatValueAndIsCheckedLikeText() throws Exception {
        String text = Files.readString(CLASSROOM);
        JsonNode ok = edit(text, "steps.planning.inflationMean", "0.35");
        assertTrue(ok.get("valid").asBoolean(), ok.toString());
        assertEquals(0.35, ok.get("scenario").get("steps").get("planning").get("inflationMean").asDouble(), 0.0);
        List<String> before = text.lines().toList();
        List<String> after = ok.get("yaml").asText().lines().toList();
        assertEquals(before.size(), after.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i);
            }
        }
        assertEquals(1, changed.size(), "one line changes");
        String line = after.get(changed.get(0));
        assertTrue(line.contains("inflationMean: 0.35") && line.contains("# siloed: marketing inflates"), line);

        JsonNode bad = edit(text, "steps.planning.inflationMean", "-5");
        assertFalse(bad.get("valid").asBoolean());
        assertEquals("steps.planning.inflationMean", bad.get("errors").get(0).get("path").asText(), bad.toString());

        // a field the file does not write is added under its section, at its indentation
        JsonNode added = edit(text, "steps.planning.smoothingAlpha", "0.5");
        assertTrue(added.get("valid").asBoolean(), added.toString());
        assertEquals(0.5, added.get("scenario").get("steps").get("planning").get("smoothingAlpha").asDouble(), 0.0);
        assertEquals(before.size() + 1, added.get("yaml").asText().lines().count());

        HttpResponse<String> section = web.post("/api/scenarios/edit", body(text, "steps.planning", "3"));
        assertEquals(422, section.statusCode(), "a section is not a single value");
    }

    @Test
    void twoFinishedRunsGiveTheirHeadlinesFromTheirTables() throws Exception {
        Comparison c = Experiment.on(ScenarioLoader.load(CLASSROOM)).policies(Policy.SILOED, Policy.JOINT).seed(2)
                .replications(2).threads(2).run();
        Path folder = Folders.newReportFolder(web.reports, "classroom", "compare");
        ComparisonFolder.write(folder, c, CLASSROOM, 2, Double.NaN, 2, false, "test", List.of("compare"));
        JsonNode h = web.json(web.get("/api/runs/" + folder.getFileName()));
        assertEquals("summary.csv", h.get("table").asText());
        assertEquals(2 * Headline.MEASURES.size(), h.get("rows").size(), h.toString());
        for (JsonNode row : h.get("rows")) {
            Policy p = row.get("policy").asText().equals("siloed") ? Policy.SILOED : Policy.JOINT;
            double mean = c.estimate(p, row.get("measure").asText()).mean();
            // through the CSV text: equal up to the digits the table writes (relative 1e-9)
            assertEquals(mean, row.get("mean").asDouble(), 1e-9 * Math.max(1, Math.abs(mean)), row.toString());
        }
        int dots = web.get("/api/runs/..").statusCode();
        assertTrue(dots == 400 || dots == 404, "a folder name that leaves reports/ is refused, was " + dots);
        assertEquals(404, web.get("/api/runs/no-such-folder").statusCode());
    }

    private JsonNode edit(String text, String path, String value) throws Exception {
        HttpResponse<String> r = web.post("/api/scenarios/edit", body(text, path, value));
        assertEquals(200, r.statusCode(), r.body());
        return web.json(r);
    }

    private static String body(String text, String path, String value) throws Exception {
        return WebTestServer.JSON.createObjectNode().put("yaml", text).put("path", path).put("value", value).toString();
    }
}
