package org.ordercycle.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * What a finished experiment left in its folder: {@code manifest.json} and {@code tables/*.csv}.
 * The report is drawn from this alone, so that {@code ordercycle report DIR} gives the same
 * report as the run that wrote the folder.
 */
final class SavedRun {
    static final String TABLES = Report.TABLES;
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path folder;
    final JsonNode manifest;

    private SavedRun(Path folder, JsonNode manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /** Reads the manifest of a report folder; a clear error when it is missing or not JSON. */
    static SavedRun open(Path folder) throws ReportException {
        Path file = folder.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new ReportException(folder + " holds no manifest.json: it is not the folder of a compare, sweep or "
                    + "attribute run.");
        }
        try {
            JsonNode m = JSON.readTree(file.toFile());
            if (m == null || !m.isObject() || !m.path("command").isTextual()) {
                throw new ReportException(file + " is not a run manifest: a JSON object with a 'command' field was "
                        + "expected.");
            }
            return new SavedRun(folder, m);
        } catch (IOException e) {
            throw new ReportException(file + " cannot be read as JSON: " + e.getMessage());
        }
    }

    String command() {
        return manifest.path("command").asText();
    }

    String scenario() {
        return manifest.path("scenario").asText("scenario");
    }

    /** Policy names in manifest order (the first is the base of the differences). */
    List<String> policies() {
        List<String> names = new ArrayList<>();
        for (JsonNode p : manifest.path("policies")) {
            names.add(p.path("name").asText());
        }
        return names;
    }

    /** Warm-up days deleted from every replication, or NaN when not recorded. */
    double warmupDays() {
        JsonNode w = manifest.path("warmup").path("days");
        if (w.isNumber()) {
            return w.asDouble();
        }
        JsonNode flat = manifest.path("warmup_days");
        return flat.isNumber() ? flat.asDouble() : Double.NaN;
    }

    /**
     * The currency of the run's money (ISO 4217 code, from tables/units.csv), or "currency" for a
     * folder written before the scenario named it.
     */
    String currency() throws ReportException {
        Optional<Table> units = optionalTable("units.csv");
        if (units.isEmpty()) {
            return org.ordercycle.stats.Measure.CURRENCY;
        }
        return Rows.find(units.get(), "measure", "total_cost").map(r -> Rows.text(r, "unit"))
                .orElse(org.ordercycle.stats.Measure.CURRENCY);
    }

    /** A saved table; every column that is not clearly numeric is read as text. */
    Table table(String name) throws ReportException {
        return optionalTable(name).orElseThrow(() -> new ReportException(folder.resolve(TABLES).resolve(name)
                + " is missing: the report needs it (rerun the experiment to write it)."));
    }

    /** A saved table, or empty when the run did not write it. */
    Optional<Table> optionalTable(String name) throws ReportException {
        Path file = folder.resolve(TABLES).resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // Table first: its one-off set-up may be running on another thread, and no reader class
            // may be half set up here while this thread waits for it
            tech.tablesaw.io.DataFrameReader reader = Table.read();
            // UTF-8, as every table is written (io/TableFiles), rather than Tablesaw guessing each
            // file's encoding with icu4j's detector
            CsvReadOptions options = CsvReadOptions.builder(new Source(file.toFile(), StandardCharsets.UTF_8))
                    .tableName(file.getFileName().toString()).sample(false)
                    .columnTypesToDetect(List.of(ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.BOOLEAN,
                            ColumnType.STRING))
                    .columnTypesPartial(c -> TEXT_COLUMNS.contains(c) ? Optional.of(ColumnType.STRING)
                            : Optional.empty())
                    .build();
            Table table = reader.usingOptions(options);
            for (tech.tablesaw.api.StringColumn text : table.stringColumns()) {
                for (int row = 0; row < text.size(); row++) {
                    text.set(row, org.ordercycle.io.Csv.unguard(text.get(row))); // formula guards of Csv
                }
            }
            return Optional.of(table);
        } catch (RuntimeException e) {
            throw new ReportException(file + " cannot be read as a table: " + e.getMessage());
        }
    }

    /** Columns that hold names: never let a name that looks like a number turn into one. */
    static final List<String> TEXT_COLUMNS = List.of("scenario", "point", "policy", "measure", "segment",
            "base_policy", "other_policy", "product", "series", "journey", "lane", "step", "outcome", "term",
            "aliases", "lever", "conclusion", "claim", "verdict", "strongest_assumption", "path", "why",
            "department", "kind", "message", "unit", "response", "parameter", "index", "rule");
}
