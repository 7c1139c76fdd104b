package org.ordercycle.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ordercycle.engine.Parallel;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.report.chart.ChartFiles;
import org.ordercycle.report.chart.NamedChart;

/**
 * Draws the report of a finished compare, sweep or attribute run from its folder's
 * {@code manifest.json} and {@code tables/}: {@code charts/} (PNG at twice screen resolution, SVG,
 * PDF), {@code summary.md} and, last, {@code report.html}. Every file is written atomically, so a
 * report interrupted midway leaves the previous files whole. Computes nothing: the same tables
 * always give the same report.
 */
public final class Report {
    /** Folder of a report's tables, inside the report folder. */
    public static final String TABLES = "tables";

    private Report() {
    }

    /** Renders the report of a run folder and returns the path of its report.html. */
    public static Path render(Path folder) throws ReportException, IOException {
        Page page = page(folder);
        Path charts = folder.resolve("charts");
        writeCharts(page.charts(), charts);
        AtomicFiles.writeString(folder.resolve("summary.md"), page.markdown());
        Path html = folder.resolve("report.html");
        AtomicFiles.writeString(html, page.html(name -> read(charts.resolve(name + ".svg"))));
        return html;
    }

    /**
     * What the report of a run folder says (its verdict, tables and charts with their readings),
     * without drawing or writing anything: the slide deck is built from it and the charts'
     * files that {@link #render(Path)} wrote.
     */
    public static Outline outline(Path folder) throws ReportException {
        return page(folder).outline();
    }

    /** True for a saved table's column that holds names, even when a name looks like a number. */
    public static boolean holdsNames(String column) {
        return SavedRun.TEXT_COLUMNS.contains(column);
    }

    private static Page page(Path folder) throws ReportException {
        SavedRun run = SavedRun.open(folder);
        return switch (run.command()) {
            case "compare" -> new ComparisonPage(run).build();
            case "sweep" -> new SweepPage(run).build();
            case "attribute" -> new AttributionPage(run).build();
            case "robustness" -> new RobustnessPage(run).build();
            default -> throw new ReportException(folder.resolve("manifest.json") + " is the manifest of a '"
                    + run.command() + "' run; reports are drawn for compare, sweep, attribute and robustness runs.");
        };
    }

    /** Charts are independent: drawn on every processor, each file still written atomically. */
    private static void writeCharts(List<NamedChart> list, Path dir) {
        Parallel.map(list, Runtime.getRuntime().availableProcessors(), c -> {
            try {
                return ChartFiles.write(c, dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write chart " + c.name() + " in " + dir, e);
            }
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
