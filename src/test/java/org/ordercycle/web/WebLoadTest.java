package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.io.StagedFolder;

/**
 * Fifty clients on loopback for 15 s, each a mix of reads, short comparisons, cancels and a look
 * at an experiment's events, against a workbench with two workers. Every request gets an HTTP answer (a full queue answers 503 with
 * its reason), the queue never runs more than its workers nor holds more than its capacity, and
 * no run is lost: every accepted experiment ends done, failed or cancelled, and a done one's
 * folder is whole (its sealed manifest matches its files) while the others leave none.
 */
@Tag("load")
class WebLoadTest {
    private static final int CLIENTS = 50;
    private static final int WORKERS = 2;
    private static final Duration LOAD = Duration.ofSeconds(15);
    private static final String SHORT = "{\"scenario\":\"classroom.yaml\",\"policies\":[\"siloed\",\"joint\"],"
            + "\"replications\":2,\"seed\":%d}";
    /** Answers a client may get: reads and cancels (200), accepted (202), a full queue (503). */
    private static final Set<Integer> ANSWERS = Set.of(200, 202, 503);
    @TempDir
    Path temp;

    @Test
    void fiftyClientsGetAnswersTheQueueKeepsItsBoundsAndNoRunIsLost() throws Exception {
        try (WebTestServer web = new WebTestServer(temp, "127.0.0.1", null, WORKERS)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + LOAD.toNanos();

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
            clients.submit(() -> watchQueue(web, http, end, problems));
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c); // each client's mix of requests is the same from run to run
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest request = next(web, random, accepted);
                        try {
                            if (request.uri().getPath().endsWith("/events")) {
                                follow(http, request, statuses, problems);
                                continue;
                            }
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            check(request, r, accepted, problems);
                        } catch (Exception e) {
                            problems.add(request.method() + " " + request.uri().getPath() + " got no answer: " + e);
                        }
                    }
                    return null;
                });
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(LOAD.toSeconds() + 120, TimeUnit.SECONDS), "the clients finished");
            assertEquals(List.of(), new ArrayList<>(problems));
            assertTrue(statuses.containsKey(202), "some experiments were accepted: " + statuses);

            // the load is over: the waiting ones are cancelled, the running ones finish
            for (String id : List.copyOf(accepted)) {
                if (web.json(web.get("/api/experiments/" + id)).get("status").asText().equals("queued")) {
                    web.delete("/api/experiments/" + id);
                }
            }
            Map<String, String> ends = new TreeMap<>();
            for (String id : accepted) {
                JsonNode j = web.await(id, 300, "done", "failed", "cancelled");
                ends.put(id, j.get("status").asText());
                Path folder = j.has("folder") ? web.reports.resolve(j.get("folder").asText()) : null;
                if (j.get("status").asText().equals("done")) {
                    JsonNode manifest = WebTestServer.JSON.readTree(folder.resolve("manifest.json").toFile());
                    assertEquals(List.of(), StagedFolder.mismatches(folder, manifest), id + " " + folder);
                    assertTrue(manifest.get(StagedFolder.FILES).has("report.html"), id + " " + folder);
                } else {
                    assertTrue(folder == null, id + " ended " + j.get("status") + " yet has a folder");
                }
            }
            assertTrue(!ends.containsValue("failed"), "no experiment failed: " + ends);
            System.out.println("Load: answers by status " + statuses + "; accepted experiments ended "
                    + ends.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                    TreeMap::new, java.util.stream.Collectors.counting())));
            JsonNode queue = web.json(web.get("/api/queue"));
            assertEquals(0, queue.get("running").asInt(), queue.toString());
            assertEquals(0, queue.get("queued").asInt(), queue.toString());
            // the folders: one per done experiment, nothing else (no staging, no half-written folder)
            long done = ends.values().stream().filter(s -> s.equals("done")).count();
            try (Stream<Path> left = Files.exists(web.reports) ? Files.list(web.reports) : Stream.empty()) {
                assertEquals(done, left.count(), "report folders: " + ends);
            }
        }
    }

    /** The next request of one client: mostly reads, then short comparisons and cancels. */
    private static HttpRequest next(WebTestServer web, Random random, List<String> accepted) {
        List<String> ids;
        synchronized (accepted) {
            ids = new ArrayList<>(accepted);
        }
        String id = ids.isEmpty() ? "1" : ids.get(random.nextInt(ids.size()));
        // cancels hit the newest experiments, mostly waiting ones: the older ones run to their end
        String newest = ids.isEmpty() ? "1" : ids.get(Math.max(0, ids.size() - 1 - random.nextInt(5)));
        int pick = random.nextInt(100);
        HttpRequest.Builder b;
        if (pick < 20) {
            b = HttpRequest.newBuilder(web.uri("/api/scenarios"));
        } else if (pick < 40) {
            b = HttpRequest.newBuilder(web.uri("/api/levers"));
        } else if (pick < 65) {
            b = HttpRequest.newBuilder(web.uri(ids.isEmpty() ? "/api/queue" : "/api/experiments/" + id));
        } else if (pick < 78) {
            b = HttpRequest.newBuilder(web.uri("/api/experiments"))
                    .POST(HttpRequest.BodyPublishers.ofString(String.format(SHORT, random.nextInt(1000))));
        } else if (pick < 88 && !ids.isEmpty()) {
            b = HttpRequest.newBuilder(web.uri("/api/experiments/" + id + "/events")).header("Accept",
                    "text/event-stream");
        } else if (!ids.isEmpty()) {
            b = HttpRequest.newBuilder(web.uri("/api/experiments/" + newest)).DELETE();
        } else {
            b = HttpRequest.newBuilder(web.uri("/api/queue"));
        }
        return b.timeout(Duration.ofSeconds(60)).build();
    }

    /** Follows an experiment's events for about a second (a browser that looks, then leaves). */
    private static void follow(HttpClient http, HttpRequest request, Map<Integer, AtomicInteger> statuses,
                               ConcurrentLinkedQueue<String> problems) throws Exception {
        HttpResponse<java.io.InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            if (r.statusCode() != 200) {
                problems.add("GET " + request.uri().getPath() + " answered " + r.statusCode());
                return;
            }
            long until = System.nanoTime() + 1_000_000_000L;
            // a waiting experiment sends nothing but a comment every few seconds: at most that long
            for (String line = lines.readLine(); line != null && System.nanoTime() < until; line = lines.readLine()) {
                if (line.startsWith("data: ")) {
                    WebTestServer.JSON.readTree(line.substring(6)); // every event is whole JSON
                }
            }
        }
    }

    private static void check(HttpRequest request, HttpResponse<String> r, List<String> accepted,
                              ConcurrentLinkedQueue<String> problems) throws Exception {
        String what = request.method() + " " + request.uri().getPath();
        if (!ANSWERS.contains(r.statusCode())) {
            problems.add(what + " answered " + r.statusCode() + ": " + r.body());
            return;
        }
        JsonNode body = WebTestServer.JSON.readTree(r.body());
        if (r.statusCode() == 202) {
            accepted.add(body.get("id").asText());
        } else if (r.statusCode() == 503 && !body.path("error").asText().contains("queue is full")) {
            problems.add(what + " answered 503 without saying why: " + r.body());
        }
    }

    /** Reads the queue every 50 ms while the load lasts: never more running than workers nor queued than room. */
    private static Void watchQueue(WebTestServer web, HttpClient http, long end, ConcurrentLinkedQueue<String> problems)
            throws Exception {
        URI uri = web.uri("/api/queue");
        while (System.nanoTime() < end) {
            JsonNode q = WebTestServer.JSON.readTree(http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (q.get("running").asInt() > WORKERS || q.get("queued").asInt() > WebOptions.QUEUE_CAPACITY) {
                problems.add("the queue is over its bounds: " + q);
            }
            Thread.sleep(50);
        }
        return null;
    }
}
