package org.ordercycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ordercycle.io.LeversJson;
import org.ordercycle.scenario.bind.SchemaGenerator;

/**
 * The local web workbench: a single-page application and the JSON API it uses (described in
 * OpenAPI at {@code GET /api}), on an embedded Javalin server. Every page uses only the API, so a
 * script can drive the same experiments.
 */
public final class WebServer implements AutoCloseable {
    private static final String JSON_TYPE = "application/json";
    /** The page's files, served from the jar: path -> (resource, content type). */
    private static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
            "/explore.js", new String[] {"explore.js", "text/javascript; charset=utf-8"},
            "/trace.js", new String[] {"trace.js", "text/javascript; charset=utf-8"},
            "/form.js", new String[] {"form.js", "text/javascript; charset=utf-8"});

    private final WebOptions options;
    private final ScenarioCatalog catalog;
    private final PolicyCatalog policies;
    private final ExperimentQueue queue;
    private final TracePage traces;
    private final Javalin app;

    private WebServer(WebOptions options) {
        this.options = options;
        this.catalog = new ScenarioCatalog(options.scenarios(), options.workspace());
        this.policies = new PolicyCatalog(options.workspace());
        this.queue = new ExperimentQueue(options, catalog, policies);
        this.traces = new TracePage(catalog, policies, options.workers());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = WebOptions.MAX_BODY;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            var r = config.routes;
            r.before(this::checkToken);
            r.before(this::checkOrigin);
            ASSETS.forEach((path, asset) -> r.get(path, ctx -> asset(ctx, asset[0], asset[1])));
            r.get("/api", ctx -> asset(ctx, "openapi.json", JSON_TYPE));
            r.get("/api/levers", ctx -> json(ctx, LeversJson.json()));
            r.get("/api/scenarios", ctx -> json(ctx, catalog.list().toString()));
            r.get("/api/scenarios/{name}", ctx -> json(ctx, catalog.read(ctx.pathParam("name")).toString()));
            r.post("/api/scenarios/validate", ctx -> json(ctx,
                    ScenarioCatalog.validate(ctx.body(), "scenario.yaml").toString()));
            r.post("/api/scenarios/edit", this::editScenario);
            r.post("/api/scenarios", this::saveScenario);
            r.get("/api/schema", ctx -> json(ctx, SchemaGenerator.jsonSchema()));
            r.get("/api/policies", ctx -> json(ctx, policies.list().toString()));
            r.post("/api/policies", this::savePolicy);
            r.get("/api/trace", ctx -> json(ctx, traces.trace(ctx.queryParamMap()).toString()));
            r.get("/api/runs", ctx -> json(ctx, Runs.list(options.reports()).toString()));
            r.get("/api/runs/{folder}", ctx -> json(ctx, Runs.headline(options.reports(), ctx.pathParam("folder"))
                    .toString()));
            r.post("/api/runs/{folder}/office", ctx -> {
                JsonNode body = body(ctx);
                json(ctx, ScenarioCatalog.JSON.createObjectNode().set("office", Runs.addOffice(options.reports(),
                        ctx.pathParam("folder"), body.path("deck").asBoolean(false), body.path("xlsx").asBoolean(false)))
                        .toString());
            });
            r.post("/api/experiments", this::startExperiment);
            r.get("/api/experiments", ctx -> {
                var list = ScenarioCatalog.JSON.createArrayNode();
                queue.all().forEach(j -> list.add(j.json()));
                json(ctx, list.toString());
            });
            r.get("/api/experiments/{id}", ctx -> json(ctx, queue.get(ctx.pathParam("id")).json().toString()));
            r.delete("/api/experiments/{id}", ctx -> json(ctx, queue.cancel(ctx.pathParam("id")).json().toString()));
            r.get("/api/queue", ctx -> json(ctx, queue.json().toString()));
            r.sse("/api/experiments/{id}/events", client -> {
                Job job = queue.get(client.ctx().pathParam("id"));
                client.keepAlive();
                SseSink sink = new SseSink(client);
                client.onClose(() -> job.events().leave(sink));
                job.events().follow(sink);
            });
            r.get("/reports/<path>", this::reportFile);
            r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "Internal error: " + e));
            r.error(404, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 404, "Nothing at " + ctx.path() + "; the API is described at GET /api.");
                }
            });
        });
    }

    /** Starts a server; {@link #port()} says where it listens. */
    public static WebServer start(WebOptions options) {
        WebServer server = new WebServer(options);
        server.app.start();
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser, with the token when one is needed. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/" + (options.token() == null ? "" : "?token=" + options.token());
    }

    @Override
    public void close() {
        queue.close();
        app.stop();
    }

    /** With a token set, every request but the page's own files must carry it (header or ?token=). */
    private void checkToken(Context ctx) {
        if (options.token() == null || ASSETS.containsKey(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7) : ctx.queryParam("token");
        if (given == null || !java.security.MessageDigest.isEqual(given.getBytes(), options.token().getBytes())) {
            throw new ApiException(401, "This server needs its token (printed at start-up): send "
                    + "'Authorization: Bearer TOKEN' or add ?token=TOKEN.");
        }
    }

    /**
     * Refuses what another web site could make a visitor's browser send: a request whose Host is not
     * this computer on a server without token, i.e. on loopback (DNS rebinding), and a changing request (POST,
     * DELETE) from a page of another origin (cross-site request forgery). Scripts send no Origin.
     */
    private void checkOrigin(Context ctx) {
        String host = ctx.host() == null ? "" : ctx.host();
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        if (options.token() == null && !name.equals("127.0.0.1") && !name.equals("localhost") && !name.equals("[::1]")) {
            throw new ApiException(403, "Host '" + host + "' is not this computer: open the workbench at "
                    + "http://127.0.0.1 or http://localhost.");
        }
        String origin = ctx.header("Origin");
        boolean changes = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (changes && origin != null && !origin.equals("http://" + host)) {
            throw new ApiException(403, "A page of another site (" + origin + ") may not change this workbench.");
        }
    }

    /** A browser's event stream; writing to one that has closed throws, so that it is let go. */
    private record SseSink(io.javalin.http.sse.SseClient client) implements EventStream.Sink {
        @Override
        public void send(String event, String data) {
            open();
            client.sendEvent(event, data);
        }

        @Override
        public void ping() {
            open();
            client.sendComment("running");
        }

        private void open() {
            if (client.terminated()) { // Javalin drops writes to a closed stream without a word
                throw new IllegalStateException("the browser has left");
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private void saveScenario(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        if (!body.path("name").isTextual() || !body.path("yaml").isTextual()) {
            throw new ApiException(400, "Give {\"name\": \"my-scenario.yaml\", \"yaml\": \"...\"}.");
        }
        Path file = catalog.save(body.get("name").asText(), body.get("yaml").asText());
        ObjectNode node = ScenarioCatalog.JSON.createObjectNode();
        node.put("file", file.getFileName().toString());
        node.put("path", options.workspace().getFileName() + "/" + file.getFileName());
        ctx.status(201);
        json(ctx, node.toString());
    }

    /**
     * Edits the YAML text as the form asks (sets a value or a distribution, adds or removes a list
     * item) and answers the new text with its validation.
     */
    private void editScenario(Context ctx) {
        JsonNode body = body(ctx);
        String op = body.path("op").asText("set");
        if (!body.path("yaml").isTextual() || !body.path("path").isTextual()) {
            throw new ApiException(400, "Give {\"yaml\": \"...\", \"path\": \"steps.planning.inflationMean\", "
                    + "\"value\": \"0.3\"}, or \"op\": \"append\" or \"remove\" with a list's path.");
        }
        String yaml = body.get("yaml").asText();
        String path = body.get("path").asText();
        JsonNode value = body.path("value");
        String text = switch (op) {
            case "append" -> YamlEdit.append(yaml, path, value.isObject() ? value : null);
            case "remove" -> YamlEdit.remove(yaml, path);
            case "set" -> {
                if (value.isObject()) {
                    yield YamlEdit.setDistribution(yaml, path, value);
                }
                if (value.isArray()) {
                    yield YamlEdit.setList(yaml, path, value);
                }
                if (!value.isValueNode() || value.isNull()) {
                    throw new ApiException(400, "value: give a single value such as \"0.3\", a distribution such "
                            + "as {\"dist\": \"gamma\", \"mean\": 20, \"sd\": 10}, or a list such as [\"mechanic\"].");
                }
                yield YamlEdit.set(yaml, path, value.asText());
            }
            default -> throw new ApiException(400, "op: '" + op + "' is not known; allowed: set, append, remove.");
        };
        ObjectNode node = ScenarioCatalog.validate(text, "scenario.yaml");
        node.put("yaml", text);
        json(ctx, node.toString());
    }

    private void savePolicy(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        if (!body.path("name").isTextual() || !body.path("yaml").isTextual()) {
            throw new ApiException(400, "Give {\"name\": \"my-policy.yaml\", \"yaml\": \"base: siloed\\nlevers: ...\"}.");
        }
        Path file = policies.save(body.get("name").asText(), body.get("yaml").asText());
        ctx.status(201);
        json(ctx, ScenarioCatalog.JSON.createObjectNode().put("file", file.getFileName().toString()).toString());
    }

    private void startExperiment(Context ctx) {
        Job job = queue.submit(ExperimentRequest.parse(body(ctx)));
        ctx.status(202);
        json(ctx, job.json().toString());
    }

    private void reportFile(Context ctx) throws IOException {
        Path file = Runs.file(options.reports(), ctx.pathParam("path"));
        if (file == null) {
            throw new ApiException(404, "No such file in reports/: '" + ctx.pathParam("path") + "'.");
        }
        String name = file.getFileName().toString();
        ctx.contentType(type(name));
        if (name.endsWith(".csv") || name.endsWith(".pptx") || name.endsWith(".xlsx")) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        ctx.result(Files.newInputStream(file));
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".json")) {
            return JSON_TYPE;
        }
        if (name.endsWith(".pptx")) {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return name.endsWith(".md") ? "text/markdown; charset=utf-8" : "application/octet-stream";
    }

    private static JsonNode body(Context ctx) {
        try {
            return ScenarioCatalog.JSON.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "The body is not valid JSON: " + e.getOriginalMessage() + ".");
        }
    }

    private static void asset(Context ctx, String resource, String type) throws IOException {
        InputStream in = WebServer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new ApiException(500, "The jar lacks " + resource + ".");
        }
        ctx.contentType(type);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result(in);
    }

    private static void json(Context ctx, String json) {
        ctx.contentType(JSON_TYPE);
        ctx.result(json);
    }

    private static void error(Context ctx, int status, String message) {
        ObjectNode node = ScenarioCatalog.JSON.createObjectNode();
        node.put("status", status);
        node.put("error", message);
        ctx.status(status);
        json(ctx, node.toString());
    }
}
