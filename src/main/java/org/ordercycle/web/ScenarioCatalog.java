package org.ordercycle.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.ordercycle.model.OfferedLoad;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Overload;

/** The scenarios the workbench offers: the shipped {@code scenarios/} folder and the user's workspace. */
final class ScenarioCatalog {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path shipped;
    private final Path workspace;

    ScenarioCatalog(Path shipped, Path workspace) {
        this.shipped = shipped;
        this.workspace = workspace;
    }

    /** Every scenario file of both folders with its name, description and path; invalid files say so. */
    ArrayNode list() throws IOException {
        ArrayNode list = JSON.createArrayNode();
        add(list, shipped, "shipped");
        add(list, workspace, "workspace");
        return list;
    }

    private void add(ArrayNode list, Path root, String source) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            if (Sandbox.existing(root, file.getFileName().toString()) == null) {
                continue; // a link out of the folder is not offered
            }
            ObjectNode node = list.addObject();
            node.put("file", file.getFileName().toString());
            node.put("source", source);
            node.put("path", root.getFileName() + "/" + file.getFileName());
            node.setAll(summary(file));
        }
    }

    /** A file's name, description and validity, and when it was last changed. */
    private record Summary(java.nio.file.attribute.FileTime modified, long size, ObjectNode fields) {
    }

    /** Loading every scenario at each listing took a tenth of a second: a file is loaded again only when changed. */
    private final java.util.Map<Path, Summary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    private ObjectNode summary(Path file) throws IOException {
        var modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Summary known = summaries.get(file);
        if (known != null && known.modified().equals(modified) && known.size() == size) {
            return known.fields();
        }
        ObjectNode fields = JSON.createObjectNode();
        try {
            Scenario s = ScenarioLoader.load(file);
            fields.put("name", s.name());
            fields.put("description", s.description());
            fields.put("valid", true);
        } catch (ScenarioException e) {
            fields.put("name", file.getFileName().toString());
            fields.put("description", "");
            fields.put("valid", false);
        }
        summaries.put(file, new Summary(modified, size, fields));
        return fields;
    }

    /** The file of a scenario named by its file name: the shipped folder first, then the workspace. */
    Path file(String name) {
        Sandbox.fileName(name, "Scenario", ".yaml");
        Path file = Sandbox.existing(shipped, name);
        if (file == null && workspace != null) {
            file = Sandbox.existing(workspace, name);
        }
        if (file == null) {
            throw new ApiException(404, "Scenario '" + name + "' is not in scenarios/ or the workspace.");
        }
        return file;
    }

    /** The text of a scenario, and the validated scenario as JSON or its errors. */
    ObjectNode read(String name) throws IOException {
        Path file = file(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ObjectNode node = JSON.createObjectNode();
        node.put("file", name);
        node.put("shipped", file.startsWith(shipped));
        node.put("yaml", text);
        node.setAll(validate(text, name));
        return node;
    }

    /**
     * {@code {"valid": true, "scenario": {...}}} or {@code {"valid": false, "errors": [{"path", "line",
     * "column", "message", "text"}]}}, the same errors as {@code ordercycle validate}.
     */
    static ObjectNode validate(String text, String fileName) {
        ObjectNode node = JSON.createObjectNode();
        try {
            Scenario s = ScenarioLoader.parse(text, fileName);
            node.put("valid", true);
            node.set("scenario", JSON.valueToTree(s));
            node.putArray("errors");
            node.set("offeredLoad", offeredLoad(s));
        } catch (ScenarioException e) {
            node.put("valid", false);
            ArrayNode errors = node.putArray("errors");
            for (ScenarioError error : e.errors()) {
                ObjectNode err = errors.addObject();
                err.put("path", error.path() == null ? "" : error.path());
                err.put("line", error.line());
                err.put("column", error.column());
                err.put("message", error.message());
                err.put("text", error.toString());
            }
            written(text).ifPresent(data -> node.set("written", data));
        }
        return node;
    }

    /**
     * The offered load of every department and line under the two presets, as {@code ordercycle
     * validate} prints it: [{department, siloed, joint, flagged, staff, staffFor85}], loads as
     * shares; flagged when either reaches the utilisation at which a run warns ({@link
     * Overload#UTILISATION_LIMIT}); for a department, its staff and the staff that would keep both
     * presets at most 85% loaded ({@link Overload#GROWTH_MIN_UTILISATION}), where a run flags no
     * growing queue.
     */
    private static ArrayNode offeredLoad(Scenario s) {
        List<OfferedLoad.Entry> siloed = OfferedLoad.estimate(s, Policy.SILOED);
        List<OfferedLoad.Entry> joint = OfferedLoad.estimate(s, Policy.JOINT);
        ArrayNode rows = JSON.createArrayNode();
        for (int i = 0; i < siloed.size(); i++) {
            double a = siloed.get(i).load();
            double b = joint.get(i).load();
            ObjectNode row = rows.addObject().put("department", siloed.get(i).department()).put("siloed", a)
                    .put("joint", b).put("flagged", Math.max(a, b) >= Overload.UTILISATION_LIMIT);
            if (siloed.get(i).staff() > 0) { // a department: the staff that keeps both presets under 85%
                row.put("staff", siloed.get(i).staff()).put("staffFor85", Math.max(
                        siloed.get(i).staffFor(Overload.GROWTH_MIN_UTILISATION),
                        joint.get(i).staffFor(Overload.GROWTH_MIN_UTILISATION)));
            }
        }
        return rows;
    }

    /**
     * The text as plain data, without checks or defaults (empty when it cannot be read): what the
     * form shows of a scenario with errors, its lists' items among them.
     */
    private static java.util.Optional<com.fasterxml.jackson.databind.JsonNode> written(String text) {
        try {
            Object data = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(text);
            return java.util.Optional.of(JSON.valueToTree(data));
        } catch (RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Saves a valid scenario as a new file in the workspace. Refuses a name that a shipped scenario
     * or an existing workspace file already has: nothing is ever overwritten.
     */
    Path save(String name, String text) throws IOException {
        Sandbox.fileName(name, "Scenario", ".yaml");
        if (Files.exists(shipped.resolve(name))) {
            throw new ApiException(409, "'" + name + "' is a shipped scenario: shipped scenarios are never "
                    + "overwritten; save under another name.");
        }
        ObjectNode check = validate(text, name);
        if (!check.get("valid").asBoolean()) {
            throw new ApiException(422, "The scenario has errors; see POST /api/scenarios/validate: "
                    + check.get("errors").get(0).get("text").asText());
        }
        Files.createDirectories(workspace);
        Path file = workspace.resolve(name);
        try {
            // CREATE_NEW fails if the file (or a link of that name) exists: no overwrite, no link followed
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ApiException(409, "'" + name + "' already exists in the workspace: files are never "
                    + "overwritten; save under another name.");
        }
        return file;
    }
}
