package org.ordercycle.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ordercycle.experiment.Progress;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.report.chart.ChartFormat;
import org.ordercycle.report.chart.NamedChart;

/**
 * Draws the report of a finished compare, sweep or attribute run from its folder's
 * {@code manifest.json} and {@code tables/}: {@code charts/} (PNG at twice screen resolution, and
 * SVG and PDF when asked for), {@code summary.md} and, last, {@code report.html}. Every file is written atomically, so a
 * report interrupted midway leaves the previous files whole. Computes nothing: the same tables
 * always give the same report.
 */
public final class Report {
    /** Folder of a report's tables, inside the report folder. */
    public static final String TABLES = "tables";

    private Report() {
    }

    /** Renders the report of a run folder, charts as PNG, and returns the path of its report.html. */
    public static Path render(Path folder) throws ReportException, IOException {
        return render(folder, Progress.NONE);
    }

    /** Like {@link #render(Path)}, telling {@code progress} how many charts are drawn. */
    public static Path render(Path folder, Progress progress) throws ReportException, IOException {
        return render(folder, progress, ChartFormat.DEFAULT);
    }

    /**
     * Renders the report with its charts in {@code formats} only, on every processor (at most
     * {@link ChartDrawing#MAX_THREADS}); files of other formats left by an earlier drawing of the
     * same charts are removed, so that charts/ never holds a chart older than its tables.
     */
    public static Path render(Path folder, Progress progress, Set<ChartFormat> formats)
            throws ReportException, IOException {
        return render(folder, progress, formats, Runtime.getRuntime().availableProcessors());
    }

    /** Like {@link #render(Path, Progress, Set)} on {@code threads} threads (1: all in the caller's thread). */
    static Path render(Path folder, Progress progress, Set<ChartFormat> formats, int threads)
            throws ReportException, IOException {
        SavedRun run = SavedRun.open(folder);
        Path charts = folder.resolve("charts");
        String context = context(run);
        Page page;
        try (ChartDrawing drawing = new ChartDrawing(charts, formats, threads)) {
            // each chart is drawn as soon as the page has it, while the page reads on
            run.drawCharts(formats, chart -> drawing.draw(chart.withContext(context)));
            if (drawing.pool() != null) {
                run.readAhead(tablesOf(run.command()), drawing.pool());
            }
            progress.begin("reading the tables and building the report", 1);
            page = page(folder, run);
            progress.advance(1);
            drawing.finish(progress);
        }
        removeOtherFormats(charts, page.charts(), formats);
        AtomicFiles.writeString(folder.resolve("summary.md"), page.markdown());
        Path html = folder.resolve("report.html");
        AtomicFiles.writeString(html, page.html(name -> read(charts.resolve(name + ".svg")),
                name -> bytes(charts.resolve(name + ".png"))));
        return html;
    }

    /** The tables a page is known to read, to be read ahead; none for the pages that read only a few small ones. */
    private static List<String> tablesOf(String command) {
        return command.equals("compare") ? ComparisonPage.TABLES : List.of();
    }

    /**
     * What the report of a run folder says (its verdict, tables and charts with their readings),
     * without drawing or writing anything: the slide deck is built from it and the charts'
     * files that {@link #render(Path)} wrote.
     */
    public static Outline outline(Path folder) throws ReportException {
        return page(folder, SavedRun.open(folder)).outline();
    }

    /** True for a saved table's column that holds names, even when a name looks like a number. */
    public static boolean holdsNames(String column) {
        return SavedRun.TEXT_COLUMNS.contains(column);
    }

    private static Page page(Path folder, SavedRun run) throws ReportException {
        return switch (run.command()) {
            case "compare" -> new ComparisonPage(run).build();
            case "sweep" -> new SweepPage(run).build();
            case "attribute" -> new AttributionPage(run).build();
            case "robustness" -> new RobustnessPage(run).build();
            case "select" -> new SelectionPage(run).build();
            case "optimise" -> new OptimisationPage(run).build();
            case "sensitivity" -> new SensitivityPage(run).build();
            case "discover" -> new DiscoveryPage(run).build();
            default -> throw new ReportException(folder.resolve("manifest.json") + " is the manifest of a '"
                    + run.command() + "' run; reports are drawn for compare, select, optimise, sweep, sensitivity, discover, "
                    + "attribute and robustness runs.");
        };
    }

    /**
     * The experiment a chart comes from, for its footer: scenario, policies (their count when more
     * than three), replications and seed, e.g. "classroom · siloed vs joint · 5 replications · seed 1".
     */
    static String context(SavedRun run) {
        List<String> policies = run.policies();
        StringBuilder b = new StringBuilder(run.scenario());
        if (!policies.isEmpty()) {
            b.append(" · ").append(policies.size() <= 3 ? String.join(" vs ", policies) : policies.size() + " policies");
        }
        int r = run.manifest.path("replications").asInt(0);
        if (r > 0) {
            b.append(" · ").append(r).append(r == 1 ? " replication" : " replications");
        }
        if (run.manifest.hasNonNull("seed")) {
            b.append(" · seed ").append(run.manifest.path("seed").asText());
        }
        return b.toString();
    }

    /** Deletes the files of these charts in the formats not drawn now (left by an earlier drawing). */
    private static void removeOtherFormats(Path dir, List<NamedChart> charts, Set<ChartFormat> formats)
            throws IOException {
        for (NamedChart c : charts) {
            for (ChartFormat f : ChartFormat.values()) {
                if (!formats.contains(f)) {
                    Files.deleteIfExists(dir.resolve(c.name() + "." + f.extension()));
                }
            }
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
