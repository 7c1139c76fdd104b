package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * The options of compare --precision and attribute --settings through the API: the same
 * semantics (a precision run equals the Java API's to the last bit, the lever pairs reach the
 * design) and the same checks, each refusal naming the field and what is allowed.
 */
class WebPrecisionSettingsTest extends OnLocalServer {

    @Test
    void aPrecisionTargetAddsReplicationsAsCompareDoes() throws Exception {
        HttpResponse<String> posted = web.post("/api/experiments", "{\"scenario\":\"classroom.yaml\","
                + "\"precision\":0.5,\"maxReplications\":12,\"seed\":4}");
        assertEquals(202, posted.statusCode(), posted.body());
        JsonNode job = web.json(posted);
        assertEquals(0.5, job.get("precision").asDouble());
        assertEquals(24, job.get("total").asInt(), "progress counts against the cap: 12 per policy");
        JsonNode done = web.await(job.get("id").asText(), 300, "done", "failed");
        assertEquals("done", done.get("status").asText(), done.toString());
        // it may stop before its cap: the time left it shows is a bound, never an estimate
        JsonNode first = web.events(job.get("id").asText()).data().get(0);
        assertTrue(first.has("etaMaxSeconds") && !first.has("etaSeconds"), first.toString());

        Comparison c = Experiment.on(ScenarioLoader.load(Path.of("scenarios/classroom.yaml")))
                .policies(Policy.SILOED, Policy.JOINT).seed(4).precision(0.5, 12).threads(2).run();
        assertTrue(c.replications() >= Experiment.PILOT_REPLICATIONS && c.replications() <= 12, c.replications() + "");
        assertEquals(2 * c.replications(), done.get("done").asInt());
        for (JsonNode row : done.get("results")) {
            Estimate e = c.estimate(Policy.JOINT, row.get("measure").asText());
            JsonNode got = row.get("policies").get("joint");
            assertEquals(c.replications(), got.get("n").asInt());
            assertEquals(e.mean(), got.get("mean").asDouble(), 0.0, row.get("measure").asText());
            assertEquals(e.halfWidth(), got.get("halfWidth").asDouble(), 0.0, row.get("measure").asText());
        }
        JsonNode manifest = WebTestServer.JSON.readTree(web.reports.resolve(done.get("folder").asText())
                .resolve("manifest.json").toFile());
        assertTrue(manifest.get("command_line").asText().contains("--precision 0.5 --max-replications 12"),
                manifest.toString());
    }

    @Test
    void badPrecisionRequestsAreRefusedAsTheCommandLineRefusesThem() throws Exception {
        refused("{\"scenario\":\"classroom.yaml\",\"precision\":1.5}", "above 0 and below 1");
        refused("{\"scenario\":\"classroom.yaml\",\"precision\":0}", "was 0");
        refused("{\"scenario\":\"classroom.yaml\",\"precision\":0.1,\"replications\":5}", "not both");
        refused("{\"scenario\":\"classroom.yaml\",\"maxReplications\":50}", "maxReplications needs precision");
        refused("{\"scenario\":\"classroom.yaml\",\"precision\":0.1,\"maxReplications\":1000}", "from 2 to 200");
        refused("{\"kind\":\"sweep\",\"scenario\":\"classroom.yaml\",\"params\":[\"steps.planning.inflationMean=0,1\"],"
                + "\"precision\":0.1}", "precision: does not apply to sweep");
        assertEquals(0, web.json(web.get("/api/experiments")).size());
    }

    @Test
    void anAttributionTakesTheLeverPairsItIsGiven() throws Exception {
        HttpResponse<String> posted = web.post("/api/experiments", "{\"kind\":\"attribute\","
                + "\"scenario\":\"classroom.yaml\",\"replications\":2,\"seed\":5,"
                + "\"settings\":{\"strategic-selection\":[\"junior\",\"senior-capacity\"]}}");
        assertEquals(202, posted.statusCode(), posted.body());
        JsonNode done = web.await(web.json(posted).get("id").asText(), 900, "done", "failed");
        assertEquals("done", done.get("status").asText(), done.toString());
        assertEquals("senior-capacity", done.get("settings").get("strategic-selection").get(1).asText());
        JsonNode manifest = WebTestServer.JSON.readTree(web.reports.resolve(done.get("folder").asText())
                .resolve("manifest.json").toFile());
        Set<String> used = new TreeSet<>();
        manifest.get("policies_run").forEach(p -> used.add(p.get("levers").get("strategic-selection").asText()));
        // the presets' pair would be junior and executive
        assertEquals(Set.of("junior", "senior-capacity"), used, manifest.get("policies_run").toString());
        assertTrue(manifest.get("command_line").asText().contains("--settings strategic-selection=junior,senior-capacity"),
                manifest.get("command_line").asText());
    }

    @Test
    void badSettingsAreRefusedWithTheLeverAndWhatIsAllowed() throws Exception {
        String attribute = "{\"kind\":\"attribute\",\"scenario\":\"classroom.yaml\",\"settings\":";
        refused(attribute + "{\"strategic-selection\":[\"junior\",\"boss\"]}}", "settings.strategic-selection");
        refused(attribute + "{\"no-such-lever\":[\"a\",\"b\"]}}", "settings.no-such-lever");
        refused(attribute + "{\"strategic-selection\":\"junior,executive\"}}", "two settings");
        refused(attribute + "[]}", "settings: give");
        refused("{\"scenario\":\"classroom.yaml\",\"settings\":{}}", "settings: does not apply to compare");
        assertEquals(0, web.json(web.get("/api/experiments")).size());
    }

    private void refused(String body, String says) throws Exception {
        HttpResponse<String> r = web.post("/api/experiments", body);
        assertEquals(400, r.statusCode(), body + " -> " + r.body());
        assertTrue(web.json(r).get("error").asText().contains(says), body + " -> " + r.body());
    }
}
