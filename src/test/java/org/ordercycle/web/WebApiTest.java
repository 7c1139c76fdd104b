package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.cli.Main;

/** The workbench's JSON API against a server on a free port: listing, validating, saving and refusing. */
class WebApiTest extends OnLocalServer {
    @Test
    void listsTheShippedScenariosWithNameDescriptionAndPath() throws Exception {
        HttpResponse<String> r = web.get("/api/scenarios");
        assertEquals(200, r.statusCode(), r.body());
        List<String> files = new ArrayList<>();
        for (JsonNode s : web.json(r)) {
            files.add(s.get("file").asText());
            assertEquals("shipped", s.get("source").asText());
            assertEquals("scenarios/" + s.get("file").asText(), s.get("path").asText());
            assertTrue(s.get("valid").asBoolean(), s.toString());
            assertFalse(s.get("description").asText().isBlank(), s.toString());
        }
        assertTrue(files.containsAll(List.of("baseline.yaml", "classroom.yaml")), files.toString());
    }

    @Test
    void theOpenApiDescriptionNamesEveryRoute() throws Exception {
        JsonNode api = web.json(web.get("/api"));
        assertEquals("3.1.0", api.get("openapi").asText());
        for (String path : List.of("/api/scenarios", "/api/scenarios/validate", "/api/levers", "/api/experiments",
                "/api/experiments/{id}", "/api/experiments/{id}/events", "/api/runs")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    @Test
    void leversAreExactlyWhatTheCliPrints() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"levers", "--json"}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        HttpResponse<String> r = web.get("/api/levers");
        assertEquals(200, r.statusCode());
        assertEquals(out.toString().strip(), r.body().strip());
    }

    @Test
    void validationGivesTheFieldPathAndLineOfEveryError() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("scenarios/classroom.yaml")));
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("leadsPerDay:")) {
                lines.set(i, lines.get(i).replaceFirst("leadsPerDay: *[0-9.]+", "leadsPerDay: -3"));
                line = i + 1;
                break;
            }
        }
        JsonNode v = web.json(web.post("/api/scenarios/validate", String.join("\n", lines)));
        assertFalse(v.get("valid").asBoolean(), v.toString());
        JsonNode e = v.get("errors").get(0);
        assertTrue(e.get("path").asText().endsWith("leadsPerDay"), e.toString());
        assertEquals(line, e.get("line").asInt(), e.toString());
        assertTrue(e.get("message").asText().contains("-3"), e.toString());

        JsonNode ok = web.json(web.post("/api/scenarios/validate", Files.readString(Path.of("scenarios/classroom.yaml"))));
        assertTrue(ok.get("valid").asBoolean(), ok.toString());
        assertEquals("classroom", ok.get("scenario").get("name").asText());
    }

    @Test
    void opensAScenarioAsTextWithItsValidation() throws Exception {
        JsonNode s = web.json(web.get("/api/scenarios/classroom.yaml"));
        assertEquals(Files.readString(Path.of("scenarios/classroom.yaml")), s.get("yaml").asText());
        assertTrue(s.get("shipped").asBoolean());
        assertTrue(s.get("valid").asBoolean());
        assertEquals(404, web.get("/api/scenarios/nothing.yaml").statusCode());
    }

    @Test
    void savesANewFileButNeverAShippedNameATakenNameOrAPathOutside() throws Exception {
        String yaml = Files.readString(Path.of("scenarios/classroom.yaml"));
        assertEquals(409, save("classroom.yaml", yaml).statusCode(), "a shipped name");
        for (String hostile : List.of("../evil.yaml", "/tmp/evil.yaml", "a/b.yaml", "..yaml", ".hidden.yaml",
                "evil.sh", "")) {
            HttpResponse<String> r = save(hostile, yaml);
            assertEquals(400, r.statusCode(), hostile + ": " + r.body());
            assertTrue(web.json(r).get("error").asText().contains("file name")
                    || web.json(r).get("error").asText().contains("must end in"), r.body());
        }
        assertFalse(Files.exists(temp.resolve("evil.yaml")));

        HttpResponse<String> saved = save("mine.yaml", yaml);
        assertEquals(201, saved.statusCode(), saved.body());
        assertEquals(yaml, Files.readString(web.workspace.resolve("mine.yaml")));
        assertEquals(409, save("mine.yaml", yaml).statusCode(), "never overwritten");
        assertEquals(422, save("broken.yaml", yaml.replace("leadsPerDay: 3", "leadsPerDay: -3")).statusCode());
        assertFalse(Files.exists(web.workspace.resolve("broken.yaml")));

        JsonNode list = web.json(web.get("/api/scenarios"));
        assertTrue(list.toString().contains("\"file\":\"mine.yaml\",\"source\":\"workspace\""), list.toString());
    }

    @Test
    void refusesReadsThroughTraversalOrALinkOutOfTheWorkspace() throws Exception {
        Files.createDirectories(web.workspace);
        Path outside = Files.writeString(temp.resolve("secret.yaml"), "name: secret\n");
        Files.createSymbolicLink(web.workspace.resolve("link.yaml"), outside);
        assertEquals(404, web.get("/api/scenarios/link.yaml").statusCode());
        assertFalse(web.get("/api/scenarios").body().contains("link.yaml"));
        for (String path : List.of("/api/scenarios/..%2Fpom.xml", "/api/scenarios/%2E%2E%2Fsecret.yaml",
                "/reports/..%2F..%2Fpom.xml", "/reports/../pom.xml")) {
            int code = web.get(path).statusCode();
            assertTrue(code == 400 || code == 404, path + " answered " + code);
        }
    }

    @Test
    void refusesOversizedAndMalformedBodiesWithAClearMessage() throws Exception {
        HttpResponse<String> big = web.post("/api/scenarios/validate", "#".repeat(1_100_000));
        assertEquals(413, big.statusCode(), big.body());
        HttpResponse<String> bad = web.post("/api/experiments", "{not json");
        assertEquals(400, bad.statusCode());
        assertTrue(web.json(bad).get("error").asText().contains("not valid JSON"), bad.body());
        HttpResponse<String> few = web.post("/api/experiments",
                "{\"kind\":\"compare\",\"scenario\":\"classroom.yaml\",\"replications\":1}");
        assertEquals(400, few.statusCode());
        assertTrue(web.json(few).get("error").asText().startsWith("replications: must be a whole number from 2"),
                few.body());
        HttpResponse<String> policy = web.post("/api/experiments",
                "{\"scenario\":\"classroom.yaml\",\"policies\":[\"siloed\",\"chaos\"]}");
        assertEquals(400, policy.statusCode());
        assertTrue(policy.body().contains("'chaos' is neither siloed, joint nor a policy file"), policy.body());
    }

    @Test
    void aServerOnAnotherAddressNeedsItsToken() throws Exception {
        try (WebTestServer open = new WebTestServer(temp.resolve("open"), "0.0.0.0", "s3cret", 1)) {
            var plain = open.http().send(HttpRequest.newBuilder(open.uri("/api/levers")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, plain.statusCode());
            assertTrue(plain.body().contains("token"), plain.body());
            var wrong = open.http().send(HttpRequest.newBuilder(open.uri("/api/levers"))
                    .header("Authorization", "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode());
            assertEquals(200, open.get("/api/levers").statusCode(), "with the bearer header");
            var query = open.http().send(HttpRequest.newBuilder(open.uri("/api/levers?token=s3cret")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, query.statusCode(), "with ?token=");
            var page = open.http().send(HttpRequest.newBuilder(open.uri("/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), "the page itself holds no data");
            assertTrue(open.server.url().endsWith("?token=s3cret"), open.server.url());
        }
        assertEquals(200, web.get("/api/levers").statusCode(), "127.0.0.1 needs none");
    }

    @Test
    void anotherSiteCannotDriveTheWorkbenchThroughItsVisitorsBrowser() throws Exception {
        // cross-site request forgery: a page elsewhere posts to the workbench
        HttpResponse<String> forged = web.send(HttpRequest.newBuilder(web.uri("/api/experiments"))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scenario\":\"classroom.yaml\"}")));
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(0, web.json(web.get("/api/experiments")).size());
        // DNS rebinding: a name of another site resolving to 127.0.0.1 (java.net.http may not set Host)
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", web.server.port())) {
            s.getOutputStream().write(("GET /api/levers HTTP/1.1\r\nHost: evil.example:" + web.server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        }
        HttpResponse<String> same = web.send(HttpRequest.newBuilder(web.uri("/api/scenarios/validate"))
                .header("Origin", "http://127.0.0.1:" + web.server.port())
                .POST(HttpRequest.BodyPublishers.ofString("name: x\n")));
        assertEquals(200, same.statusCode(), "the workbench's own page may post");
    }

    private HttpResponse<String> save(String name, String yaml) throws Exception {
        var body = WebTestServer.JSON.createObjectNode().put("name", name).put("yaml", yaml);
        return web.post("/api/scenarios", body.toString());
    }
}
