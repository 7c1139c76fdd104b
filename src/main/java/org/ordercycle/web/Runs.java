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
import org.ordercycle.experiment.Progress;
import org.ordercycle.report.ReportException;
import org.ordercycle.report.chart.ChartFormat;
import org.ordercycle.report.office.Redraw;

/** The finished experiment folders under {@code reports/}: those with a manifest.json. */
final class Runs {
    private Runs() {
    }

    /** Newest first: folder, command, scenario, time, whether report.html exists, the office files and the tables. */
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
            node.set("office", officeLinks(folder, name));
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

    /**
     * Adds a deck and/or a workbook to a finished folder, redrawing its report as {@code ordercycle
     * report DIR --deck --xlsx} does (its charts in the formats it has); answers the office files
     * it now holds, as {@link #list} gives them.
     */
    static ArrayNode addOffice(Path reports, String folder, boolean deck, boolean xlsx) throws IOException {
        Sandbox.fileName(folder, "Report folder", "");
        Path manifest = file(reports, folder + "/manifest.json");
        if (manifest == null) {
            throw new ApiException(404, "No finished report folder '" + folder + "' in reports/.");
        }
        if (!deck && !xlsx) {
            throw new ApiException(400, "Give {\"deck\": true} or {\"xlsx\": true}, or both.");
        }
        Path dir = manifest.getParent();
        try {
            Redraw.of(dir, ChartFormat.drawnIn(dir.resolve("charts"), ChartFormat.DEFAULT), deck, xlsx, Progress.NONE);
        } catch (ReportException e) {
            throw new ApiException(422, e.getMessage());
        }
        return officeLinks(dir, folder);
    }

    /** Links to the deck and workbook that folder {@code dir}, named {@code name}, holds. */
    private static ArrayNode officeLinks(Path dir, String name) {
        ArrayNode office = ScenarioCatalog.JSON.createArrayNode();
        for (String f : List.of(org.ordercycle.report.office.Deck.FILE, org.ordercycle.report.office.Workbook.FILE)) {
            if (Files.isRegularFile(dir.resolve(f))) {
                office.add("/reports/" + name + "/" + f);
            }
        }
        return office;
    }

    /**
     * The headline of a finished folder, to set two runs side by side: the primary measures'
     * company-wide rows of {@code tables/summary.csv} (comparisons, sweeps) or the main effects of
     * {@code tables/effects.csv} (attributions), read from the same tables as the report.
     */
    static ObjectNode headline(Path reports, String folder) throws IOException {
        Sandbox.fileName(folder, "Report folder", "");
        Path manifest = file(reports, folder + "/manifest.json");
        if (manifest == null) {
            throw new ApiException(404, "No finished report folder '" + folder + "' in reports/.");
        }
        JsonNode m = ScenarioCatalog.JSON.readTree(manifest.toFile());
        ObjectNode node = ScenarioCatalog.JSON.createObjectNode();
        node.put("folder", folder);
        node.put("command", m.path("command").asText(""));
        node.put("scenario", m.path("scenario").asText(""));
        node.put("seed", m.path("seed").asLong());
        node.put("replications", m.path("replications").asInt(0));
        node.put("timestamp", m.path("timestamp").asText(""));
        Path summary = file(reports, folder + "/tables/summary.csv");
        Path effects = file(reports, folder + "/tables/effects.csv");
        ArrayNode rows;
        if (summary != null) {
            java.util.Set<String> primary = new java.util.HashSet<>();
            Headline.MEASURES.forEach(x -> primary.add(x.key()));
            rows = filter(TableJson.rows(read(summary)),
                    r -> primary.contains(r.path("measure").asText()) && r.path("segment").asText("all").equals("all"));
            node.put("table", "summary.csv");
        } else if (effects != null) {
            rows = filter(TableJson.rows(read(effects)), r -> !r.path("term").asText().contains(":"));
            node.put("table", "effects.csv");
        } else {
            rows = ScenarioCatalog.JSON.createArrayNode();
            node.put("table", "");
        }
        node.set("rows", rows);
        return node;
    }

    private static tech.tablesaw.api.Table read(Path csv) throws IOException {
        // every column as text first would lose numbers: let Tablesaw type them, as the report does
        return tech.tablesaw.api.Table.read().csv(csv.toFile());
    }

    private static ArrayNode filter(ArrayNode rows, java.util.function.Predicate<JsonNode> keep) {
        ArrayNode out = ScenarioCatalog.JSON.createArrayNode();
        rows.forEach(r -> {
            if (keep.test(r)) {
                out.add(r);
            }
        });
        return out;
    }
}
