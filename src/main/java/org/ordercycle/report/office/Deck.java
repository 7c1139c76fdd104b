package org.ordercycle.report.office;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.report.Outline;
import org.ordercycle.report.ReportException;

/**
 * {@code deck.pptx}: the report as a 16:9 slide deck. A title slide (scenario, policies,
 * replications, seed, version, date), a verdict slide with the headline table, one slide per
 * chart (its PNG from {@code charts/} scaled to fit, its reading as speaker notes) and a method
 * and provenance slide. Draws only what the report folder holds; computes nothing. The same
 * folder gives a byte-identical file: every date in it is the run's, from the manifest.
 */
public final class Deck {
    /** The file's name inside the report folder. */
    public static final String FILE = "deck.pptx";
    /** 16:9 in points (13.33 × 7.5 inches). */
    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    static final double BODY_PT = 18;
    private static final double TITLE_PT = 30;
    private static final double MARGIN = 36;
    private static final double TITLE_HEIGHT = 60;
    /** Rows of a table that fit under a title at 18 pt; longer tables are cut and the notes say so. */
    static final int MAX_TABLE_ROWS = 11;
    private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
    private static final Color BAND = new Color(0x0b, 0x39, 0x54);

    private Deck() {
    }

    /** Writes {@code deck.pptx} into the report folder (atomically) and returns its path. */
    public static Path write(Path folder, Outline outline, Provenance run) throws IOException, ReportException {
        Path file = folder.resolve(FILE);
        AtomicFiles.writeBytes(file, bytes(folder, outline, run));
        return file;
    }

    /** The deck's bytes. */
    static byte[] bytes(Path folder, Outline outline, Provenance run) throws IOException, ReportException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension(WIDTH, HEIGHT));
            titleSlide(ppt, outline, run);
            verdictSlide(ppt, outline, run.date());
            for (Outline.ChartSlide c : outline.charts()) {
                chartSlide(ppt, folder, c, run.date());
            }
            methodSlide(ppt, run);
            dated(ppt.getProperties(), outline.title(), run);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ppt.write(out);
            return StableZip.dated(out.toByteArray(), run.timestamp());
        }
    }

    /** Core properties carry the run's time rather than the time of writing. */
    static void dated(POIXMLProperties properties, String title, Provenance run) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date when = Date.from(run.timestamp());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setTitle(title);
        core.setCreator("OrderCycle " + run.version());
    }

    private static void titleSlide(XMLSlideShow ppt, Outline outline, Provenance run) {
        XSLFSlide slide = ppt.createSlide();
        XSLFTextBox band = slide.createTextBox();
        band.setAnchor(new Rectangle2D.Double(0, 150, WIDTH, 130));
        band.setFillColor(BAND);
        band.setInsets(new org.apache.poi.sl.usermodel.Insets2D(12, MARGIN, 12, MARGIN));
        run(band.getTextParagraphs().get(0), outline.title(), 34, true, Color.WHITE);
        List<String> lines = new ArrayList<>();
        lines.add("Scenario: " + run.scenario());
        if (!run.policies().isEmpty()) {
            lines.add("Policies: " + String.join(", ", run.policies()));
        }
        lines.add(replicationsAndSeed(run));
        lines.add("OrderCycle " + run.version() + ", run of " + run.date());
        text(slide, new Rectangle2D.Double(MARGIN, 310, WIDTH - 2 * MARGIN, 200), lines, BODY_PT + 2);
        notes(ppt, slide, List.of(outline.subtitle()), run.date());
    }

    private static String replicationsAndSeed(Provenance run) {
        return (run.replications() > 0 ? run.replications() + " replications, " : "") + "seed " + run.seed();
    }

    /** The verdict: the headline table on the slide, the verdict sentences as notes. */
    private static void verdictSlide(XMLSlideShow ppt, Outline outline, String date) {
        XSLFSlide slide = ppt.createSlide();
        title(slide, "Verdict");
        List<String> notes = new ArrayList<>(outline.verdict());
        if (outline.tables().isEmpty()) {
            text(slide, body(), outline.verdict(), BODY_PT);
        } else {
            Outline.TableBlock t = outline.tables().get(0);
            notes.add(t.heading() + ": " + t.note());
            int shown = table(slide, t);
            if (shown < t.rows().size()) {
                notes.add("The slide shows the first " + shown + " of " + t.rows().size()
                        + " rows; every row is in report.html and tables.xlsx.");
            }
        }
        notes(ppt, slide, notes, date);
    }

    /** The table on the slide; returns how many of its rows fit. */
    private static int table(XSLFSlide slide, Outline.TableBlock t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.header());
        rows.addAll(t.rows().subList(0, Math.min(MAX_TABLE_ROWS, t.rows().size())));
        rows = withoutRelativeChange(rows);
        Rectangle2D area = body();
        rows = rowsThatFit(rows, columnWidths(rows, area.getWidth()), area.getHeight());
        XSLFTable table = slide.createTable();
        // one line of 18 pt text; a row whose text wraps grows
        double rowHeight = 26;
        for (int r = 0; r < rows.size(); r++) {
            XSLFTableRow row = table.addRow();
            row.setHeight(rowHeight);
            for (String cellText : rows.get(r)) {
                XSLFTableCell cell = row.addCell();
                cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 6, 2, 6));
                run(cell.addNewTextParagraph(), cellText, BODY_PT, r == 0, INK);
                if (r == 0) {
                    cell.setFillColor(new Color(0xe8, 0xee, 0xf3));
                }
            }
        }
        double[] widths = columnWidths(rows, area.getWidth());
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), rowHeight * rows.size()));
        return rows.size() - 1;
    }

    /**
     * The slide shows measure, policies and differences with their intervals; the relative
     * change and the p-values ("Change", "p (adjusted)" columns) stay in the report and the
     * workbook, so that the rest fits at 18 pt.
     */
    private static List<List<String>> withoutRelativeChange(List<List<String>> rows) {
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            String head = rows.get(0).get(c);
            if (!head.equals("Change") && !head.startsWith("p (")) {
                keep.add(c);
            }
        }
        List<List<String>> kept = new ArrayList<>();
        for (List<String> row : rows) {
            kept.add(keep.stream().filter(c -> c < row.size()).map(row::get).toList());
        }
        return kept;
    }

    /**
     * Each column as wide as its longest text at 18 pt (about 11 points a character plus the
     * cell's insets), shrunk in proportion when the table would be wider than the slide: then the
     * longest cells wrap.
     */
    static double[] columnWidths(List<List<String>> rows, double available) {
        int columns = rows.get(0).size();
        double[] widths = new double[columns];
        double[] least = new double[columns];
        double total = 0;
        double totalLeast = 0;
        for (int c = 0; c < columns; c++) {
            int longest = 1;
            int longestWord = 1;
            for (List<String> row : rows) {
                if (c < row.size()) {
                    longest = Math.max(longest, row.get(c).length());
                    for (String word : row.get(c).split("\\s+")) {
                        longestWord = Math.max(longestWord, word.length());
                    }
                }
            }
            // DejaVu and Arial digits are about 0.6 em wide; the first column (names) wraps beyond a quarter
            widths[c] = characters(longest);
            if (c == 0) {
                widths[c] = Math.min(widths[c], Math.max(available / 4, characters(longestWord)));
            }
            least[c] = Math.min(widths[c], characters(longestWord));
            total += widths[c];
            totalLeast += least[c];
        }
        for (int c = 0; c < columns; c++) {
            if (total <= available) {
                continue;
            }
            // shrink what lies beyond each column's longest word first, so that words do not break
            widths[c] = totalLeast < available
                    ? least[c] + (widths[c] - least[c]) * (available - totalLeast) / (total - totalLeast)
                    : widths[c] * available / total;
        }
        return widths;
    }

    /** The header and as many rows as fit the height, counting the lines each wrapped row takes. */
    private static List<List<String>> rowsThatFit(List<List<String>> rows, double[] widths, double height) {
        double used = 0;
        int fit = 0;
        for (List<String> row : rows) {
            int lines = 1;
            for (int c = 0; c < row.size() && c < widths.length; c++) {
                lines = Math.max(lines, (int) Math.ceil(characters(row.get(c).length()) / widths[c]));
            }
            used += lines * BODY_PT * 1.2 + 4; // line height and cell insets, as LibreOffice and PowerPoint lay it out
            if (used > height && fit > 1) {
                break;
            }
            fit++;
        }
        return rows.subList(0, fit);
    }

    private static double characters(int count) {
        return count * BODY_PT * 0.6 + 16;
    }

    /** A chart slide: its title, its PNG as large as fits without distortion, its reading as notes. */
    private static void chartSlide(XMLSlideShow ppt, Path folder, Outline.ChartSlide c, String date)
            throws IOException, ReportException {
        Path png = folder.resolve("charts").resolve(c.name() + ".png");
        if (!Files.isRegularFile(png)) {
            throw new ReportException(png + " is missing: the deck shows the report's charts (draw the report first: "
                    + "ordercycle report " + folder + ").");
        }
        byte[] image = Files.readAllBytes(png);
        XSLFSlide slide = ppt.createSlide();
        title(slide, c.title());
        XSLFPictureData data = ppt.addPicture(image, PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        picture.setAnchor(fit(Png.size(png, image), body()));
        notes(ppt, slide, List.of(c.reading()), date);
    }

    /** The largest rectangle of the image's proportions inside the area, centred. */
    static Rectangle2D fit(Dimension image, Rectangle2D area) {
        double scale = Math.min(area.getWidth() / image.width, area.getHeight() / image.height);
        double w = image.width * scale;
        double h = image.height * scale;
        return new Rectangle2D.Double(area.getX() + (area.getWidth() - w) / 2, area.getY() + (area.getHeight() - h) / 2,
                w, h);
    }

    private static void methodSlide(XMLSlideShow ppt, Provenance run) {
        XSLFSlide slide = ppt.createSlide();
        title(slide, "Method and provenance");
        List<String> lines = new ArrayList<>();
        lines.add(replicationsAndSeed(run) + "; every policy meets the same customers and disturbances "
                + "(common random numbers), so differences are paired replication by replication.");
        lines.add("A figure is the mean over replications with its Student t 95% interval; a difference is the mean "
                + "of paired differences with its own t interval.");
        if (!run.warmup().isEmpty()) {
            lines.add("Warm-up deleted: " + run.warmup() + ".");
        }
        lines.add("Scenario " + run.scenario() + (run.scenarioFile().isEmpty() ? "" : " (" + run.scenarioFile() + ")")
                + (run.scenarioSha256().isEmpty() ? "" : ", SHA-256 " + shortHash(run.scenarioSha256())) + ".");
        lines.add("OrderCycle " + run.version() + ", run of " + run.date() + ": " + run.commandLine());
        text(slide, body(), lines, BODY_PT);
        notes(ppt, slide, run.facts(), run.date());
    }

    private static String shortHash(String sha) {
        return sha.length() > 16 ? sha.substring(0, 16) + "…" : sha;
    }

    private static Rectangle2D body() {
        return new Rectangle2D.Double(MARGIN, MARGIN + TITLE_HEIGHT, WIDTH - 2 * MARGIN,
                HEIGHT - 2 * MARGIN - TITLE_HEIGHT);
    }

    private static void title(XSLFSlide slide, String text) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(MARGIN, MARGIN / 2, WIDTH - 2 * MARGIN, TITLE_HEIGHT));
        run(box.getTextParagraphs().get(0), text, TITLE_PT, true, BAND);
    }

    private static void text(XSLFSlide slide, Rectangle2D area, List<String> lines, double size) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(area);
        box.setWordWrap(true);
        for (int i = 0; i < lines.size(); i++) {
            XSLFTextParagraph p = i == 0 ? box.getTextParagraphs().get(0) : box.addNewTextParagraph();
            p.setSpaceAfter(6.0);
            run(p, lines.get(i), size, false, INK);
        }
    }

    private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color color) {
        XSLFTextRun r = paragraph.addNewTextRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(color);
    }

    /** Speaker notes: one paragraph per line, in the notes page's body. */
    private static void notes(XMLSlideShow ppt, XSLFSlide slide, List<String> lines, String date) {
        XSLFNotes notes = ppt.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(String.join("\n", lines));
            } else if (shape.getTextType() == Placeholder.DATETIME) {
                // POI's notes template carries a date of its own; the notes page shows the run's
                shape.setText(date);
            }
        }
    }
}
