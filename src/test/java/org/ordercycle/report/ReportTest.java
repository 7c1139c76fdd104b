package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.experiment.Progress;
import org.ordercycle.policy.Policy;
import org.ordercycle.report.chart.ChartFormat;

/**
 * A compare folder renders into a complete report: every chart the page shows exists as PNG, SVG
 * and PDF when all three are asked for, and as PNG alone by default; the page quotes the saved
 * tables, so drawing it again gives the same report and a changed table changes it; drawing on
 * several threads gives the same files as on one.
 */
class ReportTest {
    @TempDir
    static Path dir;
    static Path folder;
    static String html;

    @BeforeAll
    static void render() throws Exception {
        folder = dir.resolve("cmp");
        Fixtures.compareFolder(folder, Fixtures.shortClassroom(Map.of()), List.of(Policy.SILOED, Policy.JOINT));
        Report.render(folder, Progress.NONE, ChartFormat.ALL);
        html = Files.readString(folder.resolve("report.html"));
    }

    /** The charts the page shows, from its figures. */
    static List<String> charts(String page) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<figure data-chart=\"([^\"]+)\">").matcher(page);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyChartOfThePageIsWrittenInThreeFormatsAndInlined() throws Exception {
        List<String> names = charts(html);
        for (String expected : List.of("headline-lead-time", "headline-on-time", "headline-total-cost",
                "headline-billing-errors", "lead-time-distribution", "where-the-days-go", "demand-forecast-plan-siloed",
                "demand-forecast-plan-joint", "inventory-backlog", "cost-breakdown", "billing-errors",
                "order-journeys")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        for (String name : names) {
            byte[] png = Files.readAllBytes(folder.resolve("charts/" + name + ".png"));
            assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', name + ".png");
            assertTrue(Files.readString(folder.resolve("charts/" + name + ".svg")).contains("<svg"), name + ".svg");
            byte[] pdf = Files.readAllBytes(folder.resolve("charts/" + name + ".pdf"));
            String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
            String tail = new String(Arrays.copyOfRange(pdf, pdf.length - 7, pdf.length), StandardCharsets.ISO_8859_1);
            assertEquals("%PDF-", head, name + ".pdf");
            assertTrue(tail.contains("%%EOF"), name + ".pdf is complete: ..." + tail);
        }
        try (var files = Files.list(folder.resolve("charts"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary file left");
        }
        int figures = names.size();
        assertEquals(figures, html.split("<figure data-chart=", -1).length - 1);
        assertEquals(figures, Pattern.compile("<figure data-chart=\"[^\"]+\"><svg").matcher(html).results().count(),
                "every figure holds its SVG inline");
        assertFalse(html.contains("<?xml"), "no XML prolog inside the HTML");
        assertFalse(html.contains("http://") && html.contains("<script src"), "self-contained: no external script");
        String md = Files.readString(folder.resolve("summary.md"));
        assertTrue(md.contains("| Lead time, mean |"), md);
        assertTrue(md.contains("(charts/headline-lead-time.png)"), md);
    }

    @Test
    void thePageQuotesTheSavedTablesSoRedrawingGivesTheSameReport() throws Exception {
        Path copy = dir.resolve("copy");
        copyTree(folder, copy);
        Report.render(copy, Progress.NONE, ChartFormat.ALL);
        assertEquals(Files.readString(folder.resolve("summary.md")), Files.readString(copy.resolve("summary.md")));
        assertEquals(stable(html), stable(Files.readString(copy.resolve("report.html"))));

        // change one number in the saved summary: the redrawn report quotes it
        Path summary = copy.resolve("tables/summary.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(summary));
        int row = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("siloed,on_time_rate,all,")) {
                row = i;
            }
        }
        assertTrue(row > 0, "siloed on-time row");
        String[] cells = lines.get(row).split(",", -1);
        cells[4] = "0.123456"; // mean
        lines.set(row, String.join(",", cells));
        Files.write(summary, lines);
        Report.render(copy);
        assertTrue(Files.readString(copy.resolve("report.html")).contains("siloed 12.3%"), "the edited mean is quoted");
    }

    @Test
    void pngAloneWritesNoSvgOrPdfAndThePageLinksOnlyThePngs() throws Exception {
        Path copy = dir.resolve("png-only");
        copyTree(folder, copy); // drawn in all three formats before: the others must go
        Report.render(copy);
        List<String> names = charts(html);
        try (var files = Files.list(copy.resolve("charts"))) {
            List<String> left = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(names.stream().map(n -> n + ".png").sorted().toList(), left, "PNG only");
        }
        String page = Files.readString(copy.resolve("report.html"));
        Matcher links = Pattern.compile("href=\"(charts/[^\"]+)\"").matcher(page);
        int count = 0;
        while (links.find()) {
            assertTrue(links.group(1).endsWith(".png"), links.group(1));
            assertTrue(Files.isRegularFile(copy.resolve(links.group(1))), links.group(1) + " exists");
            count++;
        }
        assertEquals(names.size(), count, "one link per chart");
        assertEquals(names.size(), Pattern.compile("<figure data-chart=\"[^\"]+\"><img alt=\"[^\"]*\" "
                + "src=\"data:image/png;base64,").matcher(page).results().count(), "every figure shows its PNG inline");
        assertFalse(page.contains("<svg"), "no SVG drawn");
        assertEquals(Files.readString(folder.resolve("summary.md")), Files.readString(copy.resolve("summary.md")),
                "summary.md links the PNGs either way");
    }

    @Test
    void drawingOnSeveralThreadsGivesTheFilesOfOneThread() throws Exception {
        Path one = dir.resolve("one-thread");
        Path four = dir.resolve("four-threads");
        for (Path p : List.of(one, four)) {
            copyTree(folder.resolve("tables"), p.resolve("tables"));
            Files.copy(folder.resolve("manifest.json"), p.resolve("manifest.json"));
        }
        Report.render(one, Progress.NONE, ChartFormat.ALL, 1);
        Report.render(four, Progress.NONE, ChartFormat.ALL, 4);
        List<String> files;
        try (var list = Files.list(one.resolve("charts"))) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(3 * charts(html).size(), files.size(), files.toString());
        for (String f : files) {
            byte[] a = Files.readAllBytes(one.resolve("charts").resolve(f));
            byte[] b = Files.readAllBytes(four.resolve("charts").resolve(f));
            if (f.endsWith(".svg")) { // the SVG writer numbers its clip paths across the whole program
                assertEquals(stable(new String(a, StandardCharsets.UTF_8)), stable(new String(b, StandardCharsets.UTF_8)), f);
            } else {
                assertArrayEquals(a, b, f);
            }
        }
        assertEquals(Files.readString(one.resolve("summary.md")), Files.readString(four.resolve("summary.md")));
        assertEquals(stable(Files.readString(one.resolve("report.html"))),
                stable(Files.readString(four.resolve("report.html"))));
    }

    @Test
    void aFolderWithoutManifestOrTablesGetsAClearError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        ReportException none = assertThrows(ReportException.class, () -> Report.render(empty));
        assertTrue(none.getMessage().contains("holds no manifest.json"), none.getMessage());

        Path partial = dir.resolve("partial");
        Files.createDirectories(partial);
        Files.copy(folder.resolve("manifest.json"), partial.resolve("manifest.json"));
        ReportException missing = assertThrows(ReportException.class, () -> Report.render(partial));
        assertTrue(missing.getMessage().contains("summary.csv is missing"), missing.getMessage());
        assertFalse(Files.exists(partial.resolve("report.html")), "nothing half-drawn");
    }

    /** The HTML without the clip-path ids the SVG writer draws at random. */
    static String stable(String page) {
        return page.replaceAll("clip-?[0-9]+", "clip");
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
