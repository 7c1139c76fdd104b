package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run the page started ({@code cancelWhenUnwatched}) is cancelled once no browser has followed
 * it for the grace period (here 1 s), and goes on when the browser comes back within it; a
 * script's run goes on unwatched.
 */
class WebUnwatchedTest {
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** 400 runs of classroom: far longer than any wait below, so only a cancel ends it early. */
    private static final String LONG = "{\"scenario\":\"classroom.yaml\",\"replications\":200";
    @TempDir
    Path temp;
    WebTestServer web;

    @BeforeEach
    void start() {
        web = new WebTestServer(temp, "127.0.0.1", null, 2, GRACE);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String post(String body) throws Exception {
        HttpResponse<String> r = web.post("/api/experiments", body);
        assertEquals(202, r.statusCode(), r.body());
        return web.json(r).get("id").asText();
    }

    /** Follows the events until the first finished replication; the caller closes the stream to leave. */
    private InputStream follow(String id) throws Exception {
        InputStream in = web.http().send(HttpRequest.newBuilder(web.uri("/api/experiments/" + id + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream()).body();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("event: replication")) {
                return in;
            }
        }
        throw new AssertionError("the stream of " + id + " ended before a replication");
    }

    private String status(String id) throws Exception {
        return web.json(web.get("/api/experiments/" + id)).get("status").asText();
    }

    @Test
    void aPageRunIsCancelledWhenItsBrowserLeavesAndDoesNotComeBack() throws Exception {
        String id = post(LONG + ",\"cancelWhenUnwatched\":true}");
        follow(id).close();
        JsonNode j = web.await(id, 30, "cancelled", "done", "failed");
        assertEquals("cancelled", j.get("status").asText(), j.toString());
        assertTrue(j.get("done").asInt() < j.get("total").asInt(), j.toString());
    }

    @Test
    void aPageRunGoesOnWhenItsBrowserComesBackWithinTheGracePeriod() throws Exception {
        String id = post(LONG + ",\"cancelWhenUnwatched\":true}");
        follow(id).close();
        try (InputStream again = follow(id)) {
            Thread.sleep(3 * GRACE.toMillis());
            assertEquals("running", status(id), "the browser came back: the run goes on");
        }
        web.delete("/api/experiments/" + id);
    }

    @Test
    void aScriptRunGoesOnUnwatchedButAPageRunNobodyEverFollowedDoesNot() throws Exception {
        String script = post(LONG + "}");
        String page = post(LONG + ",\"cancelWhenUnwatched\":true}");
        follow(script).close();
        JsonNode p = web.await(page, 30, "cancelled", "done", "failed");
        assertEquals("cancelled", p.get("status").asText(), p.toString());
        Thread.sleep(3 * GRACE.toMillis());
        assertEquals("running", status(script), "a script's run is never cancelled for want of watchers");
        web.delete("/api/experiments/" + script);
    }
}
