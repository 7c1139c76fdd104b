package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.io.StagedFolder;

/**
 * An experiment asked for the office files ({@code "deck": true, "xlsx": true}, as --deck --xlsx)
 * writes deck.pptx and tables.xlsx into its sealed folder, and the Runs list offers them as
 * downloads. (Only writing them: that LibreOffice opens the deck is checked by the "office" tier.)
 */
class WebOfficeTest extends OnLocalServer {

    @Test
    void theDeckAndWorkbookAreWrittenSealedAndOfferedForDownload() throws Exception {
        HttpResponse<String> posted = web.post("/api/experiments", "{\"scenario\":\"classroom.yaml\","
                + "\"replications\":2,\"deck\":true,\"xlsx\":true}");
        assertEquals(202, posted.statusCode(), posted.body());
        JsonNode done = web.await(web.json(posted).get("id").asText(), 300, "done", "failed");
        assertEquals("done", done.get("status").asText(), done.toString());
        Path folder = web.reports.resolve(done.get("folder").asText());
        JsonNode manifest = WebTestServer.JSON.readTree(folder.resolve("manifest.json").toFile());
        assertTrue(manifest.get(StagedFolder.FILES).has("deck.pptx"), manifest.toString());
        assertTrue(manifest.get(StagedFolder.FILES).has("tables.xlsx"), manifest.toString());
        assertTrue(manifest.get("command_line").asText().endsWith("--deck --xlsx"), manifest.toString());

        assertEquals(400, web.post("/api/experiments", "{\"scenario\":\"classroom.yaml\",\"deck\":\"yes\"}")
                .statusCode());
        JsonNode run = web.json(web.get("/api/runs")).get(0);
        String base = "/reports/" + done.get("folder").asText() + "/";
        assertEquals(List.of(base + "deck.pptx", base + "tables.xlsx"),
                List.of(run.get("office").get(0).asText(), run.get("office").get(1).asText()));
        for (String file : List.of("deck.pptx", "tables.xlsx")) {
            HttpResponse<byte[]> r = web.http().send(HttpRequest.newBuilder(web.uri(base + file)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("content-type").orElse("").contains("openxmlformats"), file);
            assertTrue(r.headers().firstValue("content-disposition").orElse("").startsWith("attachment"), file);
            assertEquals('P', r.body()[0], file + " is a zip (Office Open XML)");
            assertEquals('K', r.body()[1], file + " is a zip (Office Open XML)");
        }
    }

    /** A run finished without office files gets them later, as `ordercycle report DIR --deck --xlsx` adds them. */
    @Test
    void aFinishedRunGetsItsDeckAndWorkbookLater() throws Exception {
        HttpResponse<String> posted = web.post("/api/experiments", "{\"scenario\":\"classroom.yaml\",\"replications\":2}");
        JsonNode done = web.await(web.json(posted).get("id").asText(), 300, "done", "failed");
        assertEquals("done", done.get("status").asText(), done.toString());
        String name = done.get("folder").asText();
        assertEquals(0, web.json(web.get("/api/runs")).get(0).get("office").size(), "none asked for");
        String tablesBefore = WebTestServer.JSON.readTree(web.reports.resolve(name + "/manifest.json").toFile())
                .get(StagedFolder.FILES).get("tables/summary.csv").asText();

        assertEquals(400, web.post("/api/runs/" + name + "/office", "{}").statusCode(), "nothing asked for");
        assertEquals(404, web.post("/api/runs/no-such-run/office", "{\"deck\":true}").statusCode());
        HttpResponse<String> deck = web.post("/api/runs/" + name + "/office", "{\"deck\":true}");
        assertEquals(200, deck.statusCode(), deck.body());
        assertEquals(List.of("/reports/" + name + "/deck.pptx"),
                List.of(web.json(deck).get("office").get(0).asText()));
        HttpResponse<String> both = web.post("/api/runs/" + name + "/office", "{\"xlsx\":true}");
        assertEquals(2, web.json(both).get("office").size(), "the deck stays, the workbook joins it: " + both.body());

        JsonNode manifest = WebTestServer.JSON.readTree(web.reports.resolve(name + "/manifest.json").toFile());
        assertTrue(manifest.get(StagedFolder.FILES).has("deck.pptx"), "sealed again: " + manifest);
        assertTrue(manifest.get(StagedFolder.FILES).has("tables.xlsx"), manifest.toString());
        assertEquals(tablesBefore, manifest.get(StagedFolder.FILES).get("tables/summary.csv").asText(),
                "the tables are the run's own, untouched");
        assertEquals(2, web.json(web.get("/api/runs")).get(0).get("office").size());
    }
}
