package org.ordercycle.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ordercycle.report.chart.ChartFormat;
import org.ordercycle.report.chart.NamedChart;
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
    /** The formats the page's charts are drawn in, and who hears of each chart as it is added. */
    private Set<ChartFormat> formats = ChartFormat.ALL;
    private Consumer<NamedChart> onChart = chart -> { };
    /** The currency of the run's money, once read. */
    private String currency;
    /** Tables being read ahead on other threads, by file name. */
    private final Map<String, Future<Optional<Table>>> readAhead = new ConcurrentHashMap<>();

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

    /** Charts of pages built from now on are drawn in {@code formats}, each handed to {@code onChart} once added. */
    void drawCharts(Set<ChartFormat> formats, Consumer<NamedChart> onChart) {
        this.formats = Set.copyOf(formats);
        this.onChart = onChart;
    }

    /** A new report page whose charts go to the drawing set by {@link #drawCharts}. */
    Page page(String title, String subtitle) {
        return new Page(title, subtitle, formats, onChart, chartCurrency());
    }

    /** The currency charts show money in; null for a run that named none (or whose units cannot be read). */
    private String chartCurrency() {
        try {
            String currency = currency();
            return currency.equals(org.ordercycle.stats.Measure.CURRENCY) ? null : currency;
        } catch (ReportException e) {
            return null; // the page that needs the units says what is wrong with them
        }
    }

    /** Starts reading the named tables on {@code pool}, so that they are ready when the page asks for them. */
    void readAhead(List<String> names, ExecutorService pool) {
        for (String name : names) {
            readAhead.computeIfAbsent(name, n -> pool.submit(() -> readTable(n)));
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
        if (currency == null) { // read once: every page of the run asks for it
            currency = readCurrency();
        }
        return currency;
    }

    private String readCurrency() throws ReportException {
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
        Future<Optional<Table>> ahead = readAhead.remove(name);
        if (ahead == null) {
            return readTable(name);
        }
        try {
            return ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while reading " + folder.resolve(TABLES).resolve(name));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReportException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<Table> readTable(String name) throws ReportException {
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
