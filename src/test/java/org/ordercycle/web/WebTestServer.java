package org.ordercycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A workbench on a free loopback port with its own reports and workspace folders, and a small client. */
final class WebTestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final WebServer server;
    final Path reports;
    final Path workspace;
    final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    WebTestServer(Path temp, String host, String token, int workers) {
        this(temp, host, token, workers, WebOptions.ABANDON_AFTER);
    }

    WebTestServer(Path temp, String host, String token, int workers, java.time.Duration abandonAfter) {
        this.reports = temp.resolve("reports");
        this.workspace = temp.resolve("workspace");
        this.token = token;
        server = WebServer.start(new WebOptions(host, 0, Path.of("scenarios"), reports, workspace, token, "test",
                workers, abandonAfter));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** Polls an experiment until its status is one of {@code statuses} (at most {@code seconds}). */
    /** An experiment's events, names and data, in order; read to the stream's end (a late follower gets them all). */
    record Events(List<String> names, List<JsonNode> data) {
    }

    Events events(String id) throws Exception {
        List<String> names = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        HttpResponse<Stream<String>> stream = http().send(HttpRequest.newBuilder(uri("/api/experiments/" + id + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = stream.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("event: ")) {
                    names.add(line.substring(7));
                } else if (line.startsWith("data: ")) {
                    data.add(JSON.readTree(line.substring(6)));
                }
            }
        }
        return new Events(names, data);
    }

    JsonNode await(String id, int seconds, String... statuses) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode j;
        do {
            j = json(get("/api/experiments/" + id));
            for (String s : statuses) {
                if (j.get("status").asText().equals(s)) {
                    return j;
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        throw new AssertionError("experiment " + id + " still " + j.get("status") + " after " + seconds + " s: " + j);
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        server.close();
    }
}
