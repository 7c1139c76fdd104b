package org.ordercycle.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ordercycle.engine.Parallel;
import org.ordercycle.experiment.Progress;
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
        return render(folder, Progress.NONE);
    }

    /** Like {@link #render(Path)}, telling {@code progress} how many charts are drawn. */
    public static Path render(Path folder, Progress progress) throws ReportException, IOException {
        SavedRun run = SavedRun.open(folder);
        Page page = page(folder, run);
        Path charts = folder.resolve("charts");
        String context = context(run);
        List<NamedChart> drawn = page.charts().stream().map(c -> c.withContext(context)).toList();
        progress.begin("drawing " + drawn.size() + " charts", drawn.size());
        try {
            writeCharts(drawn, charts, progress);
        } finally {
            progress.end();
        }
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

    /** Charts are independent: drawn on every processor, each file still written atomically. */
    private static void writeCharts(List<NamedChart> list, Path dir, Progress progress) {
        Parallel.map(list, Runtime.getRuntime().availableProcessors(), c -> {
            try {
                List<Path> written = ChartFiles.write(c, dir);
                progress.advance(1);
                return written;
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
