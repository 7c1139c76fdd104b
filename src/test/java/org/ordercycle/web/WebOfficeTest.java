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
}
