package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.policy.Policy;
import org.ordercycle.report.office.Deck;
import org.ordercycle.report.office.Provenance;

/**
 * The office exports of a compare report folder, read back with POI: the deck has a title, a
 * verdict, one slide per chart (picture and reading as notes) and a method slide, all text at 18
 * pt or more; the workbook has one sheet per table with typed numbers and units; both files are
 * byte-identical when written twice from the same folder.
 */
class OfficeExportsTest {
    @TempDir
    static Path dir;
    static Path folder;
    static Outline outline;

    @BeforeAll
    static void render() throws Exception {
        folder = dir.resolve("cmp");
        Fixtures.compareFolder(folder, Fixtures.shortClassroom(Map.of()), List.of(Policy.SILOED, Policy.JOINT));
        Report.render(folder);
        outline = Report.outline(folder);
        Provenance run = Provenance.of(folder);
        Deck.write(folder, outline, run);
        org.ordercycle.report.office.Workbook.write(folder, run);
    }

    @Test
    void theDeckHasTitleVerdictOneSlidePerChartAndMethod() throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve(Deck.FILE)); XMLSlideShow ppt = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertTrue(outline.charts().size() >= 8, "a comparison report has its headline and detail charts: "
                    + outline.charts());
            assertEquals(3 + outline.charts().size(), slides.size(), "title, verdict, one per chart, method");
            assertEquals(16.0 / 9, ppt.getPageSize().getWidth() / ppt.getPageSize().getHeight(), 0.01, "16:9");

            String title = text(slides.get(0));
            assertTrue(title.contains("classroom") && title.contains("siloed, joint") && title.contains("3 replications")
                    && title.contains("seed 5") && title.contains("OrderCycle test"), title);

            XSLFTable table = only(slides.get(1), XSLFTable.class);
            List<String> header = new ArrayList<>();
            for (XSLFTableCell c : table.getRows().get(0).getCells()) {
                header.add(c.getText());
            }
            List<String> expected = new ArrayList<>(outline.tables().get(0).header());
            expected.remove("Change"); // the relative change and p-values stay in the report and the workbook
            expected.remove("p (adjusted)");
            assertEquals(expected, header, "the headline table's header: measure, policies, difference [95% CI]");
            assertTrue(header.get(3).contains("95% CI"), header.toString());
            assertEquals("Lead time, mean", table.getRows().get(1).getCells().get(0).getText());
            int shown = table.getRows().size() - 1;
            int total = outline.tables().get(0).rows().size();
            assertTrue(shown >= 8, "at 18 pt the slide still holds the primary measures and more: " + shown);
            assertEquals(shown < total, notes(ppt, slides.get(1)).contains("The slide shows the first " + shown
                    + " of " + total + " rows"), "the notes say when the table is cut");
            assertTrue(notes(ppt, slides.get(1)).contains(outline.verdict().get(0)), "verdict sentences as notes");

            for (int i = 0; i < outline.charts().size(); i++) {
                XSLFSlide slide = slides.get(2 + i);
                Outline.ChartSlide chart = outline.charts().get(i);
                XSLFPictureShape picture = only(slide, XSLFPictureShape.class);
                assertArrayEquals(Files.readAllBytes(folder.resolve("charts").resolve(chart.name() + ".png")),
                        picture.getPictureData().getData(), chart.name() + ": the report's PNG");
                assertTrue(ppt.getPageSize().getWidth() >= picture.getAnchor().getMaxX()
                        && ppt.getPageSize().getHeight() >= picture.getAnchor().getMaxY(), chart.name() + " fits");
                assertTrue(text(slide).contains(chart.title()), chart.name() + " titled");
                assertEquals(chart.reading(), notes(ppt, slide).strip(), chart.name() + ": reading as notes");
            }
            String method = text(slides.get(slides.size() - 1));
            assertTrue(method.contains("common random numbers") && method.contains("95%")
                    && method.contains("SHA-256") && method.contains("compare"), method);
            for (XSLFSlide s : slides) {
                for (double size : fontSizes(s)) {
                    assertTrue(size >= 18, "slide " + s.getSlideNumber() + " has text at " + size + " pt");
                }
            }
        }
    }

    @Test
    void theWorkbookHasOneSheetPerTableWithTypedNumbersAndUnits() throws Exception {
        List<String> csvs;
        try (var files = Files.list(folder.resolve("tables"))) {
            csvs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        try (Workbook book = WorkbookFactory.create(folder.resolve("tables.xlsx").toFile(), null, true)) {
            assertEquals(1 + csvs.size(), book.getNumberOfSheets(), "About plus one sheet per table: " + csvs);
            assertEquals("About", book.getSheetName(0));
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                String name = book.getSheetName(i);
                assertTrue(name.length() <= 31 && !name.matches(".*[\\[\\]:*?/\\\\].*"), name);
                if (i > 0) {
                    assertEquals(1, book.getSheetAt(i).getPaneInformation().getHorizontalSplitTopRow(),
                            name + ": header row frozen");
                }
            }
            Sheet summary = book.getSheet("summary");
            Row header = summary.getRow(0);
            int measure = column(header, "measure");
            assertEquals("unit", header.getCell(measure + 1).getStringCellValue(), "a unit column beside the measure");
            int mean = column(header, "mean");
            int rows = 0;
            for (Row r : summary) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                assertEquals(CellType.STRING, r.getCell(measure).getCellType());
                // a measure never observed (n = 0, e.g. a desk a policy does not staff) has an empty mean
                if (r.getCell(column(header, "n")).getNumericCellValue() == 0) {
                    assertTrue(r.getCell(mean) == null, "row " + r.getRowNum() + ": an empty mean stays blank");
                    rows++;
                    continue;
                }
                assertEquals(CellType.NUMERIC, r.getCell(mean).getCellType(), "row " + r.getRowNum() + ": mean");
                if (r.getCell(measure).getStringCellValue().equals("lead_time_mean")) {
                    assertEquals("days", r.getCell(measure + 1).getStringCellValue());
                }
                if (r.getCell(measure).getStringCellValue().equals("on_time_rate")) {
                    assertEquals("share 0-1", r.getCell(measure + 1).getStringCellValue());
                    assertTrue(r.getCell(mean).getNumericCellValue() <= 1, "a share stays a fraction");
                }
                rows++;
            }
            assertEquals(Files.readAllLines(folder.resolve("tables/summary.csv")).size() - 1, rows, "every row");
            assertTrue(summary.getColumnWidth(measure) > 256 * 8, "columns sized to their text");
            String about = sheetText(book.getSheet("About"));
            assertTrue(about.contains("classroom") && about.contains("Seed") && about.contains("summary"), about);
        }
    }

    @Test
    void theSameFolderGivesByteIdenticalFilesInAnyTimeZone() throws Exception {
        Path copy = dir.resolve("copy");
        ReportTest.copyTree(folder, copy);
        byte[] deck = Files.readAllBytes(folder.resolve(Deck.FILE));
        byte[] book = Files.readAllBytes(folder.resolve("tables.xlsx"));
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            Thread.sleep(1100); // a later second: a file dated at the time of writing would differ
            Provenance run = Provenance.of(copy);
            Deck.write(copy, Report.outline(copy), run);
            org.ordercycle.report.office.Workbook.write(copy, run);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(deck, Files.readAllBytes(copy.resolve(Deck.FILE)), "deck.pptx");
        assertArrayEquals(book, Files.readAllBytes(copy.resolve("tables.xlsx")), "tables.xlsx");
    }

    @Test
    void aDeckWithoutTheChartsSaysToDrawTheReportFirst() throws Exception {
        Path bare = dir.resolve("bare");
        Files.createDirectories(bare.resolve("tables"));
        for (String f : List.of("manifest.json", "tables/summary.csv", "tables/comparison.csv")) {
            Files.copy(folder.resolve(f), bare.resolve(f));
        }
        ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class,
                () -> Deck.write(bare, Report.outline(bare), Provenance.of(bare)));
        assertTrue(e.getMessage().contains("charts") && e.getMessage().contains("ordercycle report"), e.getMessage());
        assertFalse(Files.exists(bare.resolve(Deck.FILE)), "no half-written deck");
    }

    private static String notes(XMLSlideShow ppt, XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        StringBuilder b = new StringBuilder();
        for (XSLFTextShape body : notes.getPlaceholders()) {
            if (body.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                b.append(body.getText());
            }
        }
        return b.toString();
    }

    private static String text(XSLFSlide slide) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                b.append(t.getText()).append('\n');
            }
        }
        return b.toString();
    }

    private static List<Double> fontSizes(XSLFSlide slide) {
        List<XSLFTextParagraph> paragraphs = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                paragraphs.addAll(t.getTextParagraphs());
            } else if (s instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    for (XSLFTableCell c : row.getCells()) {
                        paragraphs.addAll(c.getTextParagraphs());
                    }
                }
            }
        }
        List<Double> sizes = new ArrayList<>();
        for (XSLFTextParagraph p : paragraphs) {
            for (XSLFTextRun r : p.getTextRuns()) {
                if (!r.getRawText().isBlank()) {
                    sizes.add(r.getFontSize());
                }
            }
        }
        assertFalse(sizes.isEmpty(), "slide " + slide.getSlideNumber() + " has text");
        return sizes;
    }

    private static <T extends XSLFShape> T only(XSLFSlide slide, Class<T> type) {
        List<T> found = slide.getShapes().stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "slide " + slide.getSlideNumber() + ": one " + type.getSimpleName());
        return found.get(0);
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                b.append(c.toString()).append(' ');
            }
        }
        return b.toString();
    }
}
