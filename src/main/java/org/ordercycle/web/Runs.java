package org.ordercycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The finished experiment folders under {@code reports/}: those with a manifest.json. */
final class Runs {
    private Runs() {
    }

    /** Newest first: folder, command, scenario, time, whether report.html exists, and the tables. */
    static ArrayNode list(Path reports) throws IOException {
        ArrayNode list = ScenarioCatalog.JSON.createArrayNode();
        if (!Files.isDirectory(reports)) {
            return list;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(reports)) {
            folders = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve("manifest.json")))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path folder : folders) {
            if (!Sandbox.inside(reports, folder)) {
                continue;
            }
            ObjectNode node = list.addObject();
            String name = folder.getFileName().toString();
            node.put("folder", name);
            try {
                JsonNode m = ScenarioCatalog.JSON.readTree(folder.resolve("manifest.json").toFile());
                node.put("command", m.path("command").asText(""));
                node.put("scenario", m.path("scenario").asText(""));
                node.put("timestamp", m.path("timestamp").asText(""));
                node.put("replications", m.path("replications").asInt(0));
            } catch (IOException e) {
                node.put("command", "");
            }
            node.put("report", Files.isRegularFile(folder.resolve("report.html"))
                    ? "/reports/" + name + "/report.html" : "");
            ArrayNode tables = node.putArray("tables");
            Path dir = folder.resolve("tables");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".csv")).sorted()
                            .forEach(f -> tables.add("/reports/" + name + "/tables/" + f));
                }
            }
        }
        return list;
    }

    /** A file of a report folder, confined to {@code reports} (no "..", no link out); null if there is none. */
    static Path file(Path reports, String relative) {
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.equals(".") || part.contains("\\")) {
                throw new ApiException(400, "Not a path inside reports/: '" + relative + "'.");
            }
        }
        Path file = reports.resolve(relative).normalize();
        if (!file.startsWith(reports.normalize()) || !Files.isRegularFile(file) || !Sandbox.inside(reports, file)) {
            return null;
        }
        return file;
    }
}
