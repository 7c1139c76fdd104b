package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.io.StagedFolder;
import org.ordercycle.io.WriteLock;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;

/**
 * Experiments through the API: a comparison runs to done with the same numbers as the Java API,
 * streams one event per finished replication and a final one, writes the report folder, and
 * can be cancelled, queued or running, leaving no folder.
 */
class WebExperimentTest extends OnLocalServer {
    private static final String CLASSROOM_2 =
            "{\"kind\":\"compare\",\"scenario\":\"classroom.yaml\",\"policies\":[\"siloed\",\"joint\"],"
                    + "\"replications\":2,\"seed\":7}";
    @Test
    void aComparisonStreamsEachReplicationAndEndsWithTheSameNumbersAsTheJavaApi() throws Exception {
        HttpResponse<String> posted = web.post("/api/experiments", CLASSROOM_2);
        assertEquals(202, posted.statusCode(), posted.body());
        String id = web.json(posted).get("id").asText();

        // the stream: a late follower first gets what it missed, so every event is seen whenever it connects
        WebTestServer.Events stream = web.events(id);
        List<JsonNode> data = stream.data();
        assertEquals(List.of("replication", "replication", "replication", "replication", "report", "done"), stream.names());
        assertTrue(data.get(0).has("etaSeconds") && !data.get(0).has("etaMaxSeconds"), data.get(0).toString());
        // the intervals appear once a policy has two replications: n counts up per policy
        JsonNode last = data.get(3).get("estimates").get(0);
        assertEquals(2, last.get("policies").get("joint").get("n").asInt());
        assertEquals(4, data.get(3).get("done").asInt());
        assertTrue(data.get(0).get("estimates").get(0).get("policies").get("siloed").get("halfWidth").isNull());

        JsonNode done = web.await(id, 120, "done", "failed");
        assertEquals("done", done.get("status").asText(), done.toString());
        Comparison c = Experiment.on(ScenarioLoader.load(Path.of("scenarios/classroom.yaml")))
                .policies(Policy.SILOED, Policy.JOINT).seed(7).replications(2).threads(2).run();
        JsonNode rows = done.get("results");
        assertEquals(Experiment.PRIMARY.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Measure m = Experiment.PRIMARY.get(i);
            JsonNode row = rows.get(i);
            assertEquals(m.key(), row.get("measure").asText());
            for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
                Estimate e = c.estimate(p, m.key());
                JsonNode got = row.get("policies").get(p.name());
                assertEquals(e.mean(), got.get("mean").asDouble(), 0.0, m + " " + p.name());
                assertEquals(e.halfWidth(), got.get("halfWidth").asDouble(), 0.0, m + " " + p.name());
            }
            Estimate d = c.difference(Policy.SILOED, Policy.JOINT, m.key());
            assertEquals(d.mean(), row.get("differences").get(0).get("mean").asDouble(), 0.0, m.key());
            // the live estimate after the last replication is the final one
            assertEquals(d.mean(), data.get(3).get("estimates").get(i).get("differences").get(0).get("mean")
                    .asDouble(), 0.0, m.key());
        }
        assertEquals(done, data.get(5), "the final event is the finished experiment");

        Path folder = web.reports.resolve(done.get("folder").asText());
        for (String f : List.of("manifest.json", "report.html", "summary.md", "tables/summary.csv",
                "tables/results.csv", "tables/comparison.csv")) {
            assertTrue(Files.isRegularFile(folder.resolve(f)), f);
        }
        JsonNode manifest = WebTestServer.JSON.readTree(folder.resolve("manifest.json").toFile());
        assertEquals(7, manifest.get("seed").asInt());
        assertEquals(2, manifest.get("replications").asInt());
        // sealed as the command line's folders: the manifest lists every file with its hash, and they match
        assertTrue(manifest.get(StagedFolder.FILES).has("report.html"), manifest.toString());
        assertEquals(List.of(), StagedFolder.mismatches(folder, manifest));
        try (Stream<Path> left = Files.list(web.reports)) {
            assertEquals(List.of(folder), left.toList(), "no staging folder is left beside it");
        }
        HttpResponse<String> report = web.get(done.get("report").asText());
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        JsonNode runs = web.json(web.get("/api/runs"));
        assertEquals(done.get("folder").asText(), runs.get(0).get("folder").asText());
        assertEquals(0, runs.get(0).get("office").size(), "no deck or workbook unless asked for");
        assertEquals(200, web.get(runs.get(0).get("tables").get(0).asText()).statusCode());
    }

    @Test
    void cancellingStopsTheRunsAndLeavesNoFolderWhetherRunningOrQueued() throws Exception {
        String running = web.json(web.post("/api/experiments",
                "{\"scenario\":\"classroom.yaml\",\"replications\":200}")).get("id").asText();
        String queued = web.json(web.post("/api/experiments",
                "{\"scenario\":\"classroom.yaml\",\"replications\":200}")).get("id").asText();
        // one worker: the second waits in the queue
        assertEquals("queued", web.json(web.get("/api/experiments/" + queued)).get("status").asText());
        JsonNode q = web.json(web.delete("/api/experiments/" + queued));
        assertEquals("cancelled", q.get("status").asText());
        assertEquals(0, q.get("done").asInt());

        long end = System.nanoTime() + 60_000_000_000L;
        while (web.json(web.get("/api/experiments/" + running)).get("done").asInt() < 1 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        web.delete("/api/experiments/" + running);
        JsonNode r = web.await(running, 60, "cancelled", "done", "failed");
        assertEquals("cancelled", r.get("status").asText(), r.toString());
        assertTrue(r.get("done").asInt() < r.get("total").asInt(), r.toString());
        int doneAtCancel = r.get("done").asInt();
        Thread.sleep(500);
        assertEquals(doneAtCancel, web.json(web.get("/api/experiments/" + running)).get("done").asInt(),
                "no replication runs after the cancel");
        assertFalse(Files.exists(web.reports) && Files.list(web.reports).findAny().isPresent(),
                "a cancelled experiment writes no report folder");
        assertEquals(404, web.get("/api/experiments/999").statusCode());
    }

    @Test
    void aServerStartingRemovesTheUnfinishedFolderOfAServerKilledWhileWritingAReport() throws Exception {
        // what a kill between taking the name and the swap leaves: an empty folder and its staging folder
        Path taken = Files.createDirectories(web.reports.resolve("classroom-compare-20260101-120000"));
        Path staging = StagedFolder.staging(taken, ReportFolder.STAGING_KEY);
        Files.createDirectories(staging.resolve("tables"));
        Files.writeString(staging.resolve("tables/summary.csv"), "measure,mean\n");
        // a long scenario name, whose staging folder's name is shortened
        Path longTaken = Files.createDirectories(web.reports.resolve("s".repeat(200) + "-compare-20260101-120000"));
        Files.createDirectories(StagedFolder.staging(longTaken, ReportFolder.STAGING_KEY));
        Path other = Files.createDirectories(web.reports.resolve("a-finished-run"));
        Files.writeString(other.resolve("manifest.json"), "{}");
        // killed after taking its lock, before making its staging folder
        Path early = Files.createDirectories(web.reports.resolve("classroom-compare-20260101-120500"));
        Files.writeString(WriteLock.of(StagedFolder.staging(early, ReportFolder.STAGING_KEY)), "");
        web.close();
        web = new WebTestServer(temp, "127.0.0.1", null, 1);
        try (Stream<Path> left = Files.list(web.reports)) {
            assertEquals(List.of(other), left.toList(), "only the finished folder stays");
        }
        assertEquals(1, web.json(web.get("/api/runs")).size());
    }

    @Test
    void aServerStartingLeavesAloneTheReportAnotherServerIsWriting() throws Exception {
        Path taken = Files.createDirectories(web.reports.resolve("classroom-compare-20260101-130000"));
        Path staging = StagedFolder.staging(taken, ReportFolder.STAGING_KEY);
        try (WriteLock writing = WriteLock.take(staging)) {
            Files.createDirectories(staging.resolve("tables"));
            Files.writeString(staging.resolve("tables/summary.csv"), "measure,mean\n");
            web.close();
            web = new WebTestServer(temp, "127.0.0.1", null, 1);
            assertTrue(Files.isRegularFile(staging.resolve("tables/summary.csv")), "the live writer's files stay");
            assertTrue(Files.isDirectory(taken), "and the name it took");
        }
        web.close();
        web = new WebTestServer(temp, "127.0.0.1", null, 1);
        assertFalse(Files.exists(staging), "once its writer is gone, the next start removes it");
        assertFalse(Files.exists(taken));
    }

    @Test
    void anInvalidWorkspaceScenarioIsRefusedBeforeAnythingRuns() throws Exception {
        Files.createDirectories(web.workspace);
        Files.writeString(web.workspace.resolve("bad.yaml"), "name: bad\n");
        HttpResponse<String> r = web.post("/api/experiments", "{\"scenario\":\"bad.yaml\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("bad.yaml"), r.body());
        assertEquals(0, web.json(web.get("/api/experiments")).size());
    }
}
