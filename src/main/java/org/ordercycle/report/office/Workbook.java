package org.ordercycle.report.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.report.Report;
import org.ordercycle.report.ReportException;

/**
 * {@code tables.xlsx}: every table of {@code tables/} as a sheet of an Excel workbook, after an
 * "About" sheet with the run's provenance. Numbers are numeric cells, names stay text; a table
 * with measure ids gets a unit column beside them, and a column named after a measure carries
 * its unit in the header (see {@link Headers}). Header rows are frozen and columns sized to
 * their text. The same folder gives a byte-identical file: every date in it is the run's.
 */
public final class Workbook {
    /** The file's name inside the report folder. */
    public static final String FILE = "tables.xlsx";
    /** Widest column, in characters: longer texts wrap out of sight rather than push the table away. */
    private static final int MAX_WIDTH = 60;

    private Workbook() {
    }

    /** Writes {@code tables.xlsx} into the report folder (atomically) and returns its path. */
    public static Path write(Path folder, Provenance run) throws IOException, ReportException {
        Path file = folder.resolve(FILE);
        AtomicFiles.writeBytes(file, bytes(folder, run));
        return file;
    }

    /** The workbook's bytes. */
    static byte[] bytes(Path folder, Provenance run) throws IOException, ReportException {
        List<Path> tables = tables(folder);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = bold(book);
            SheetNames names = new SheetNames();
            Sheet about = book.createSheet(names.unique("About"));
            List<String[]> sheets = new ArrayList<>();
            for (Path csv : tables) {
                String stem = csv.getFileName().toString().replaceFirst("\\.csv$", "");
                String name = names.unique(stem);
                sheets.add(new String[] {name, Report.TABLES + "/" + csv.getFileName()});
                table(book.createSheet(name), CsvRows.parse(Files.readString(csv, StandardCharsets.UTF_8)), csv, bold);
            }
            about(about, run, sheets, bold);
            Deck.dated(book.getProperties(), "OrderCycle tables: " + run.scenario(), run);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return StableZip.dated(out.toByteArray(), run.timestamp());
        }
    }

    private static List<Path> tables(Path folder) throws IOException, ReportException {
        Path dir = folder.resolve(Report.TABLES);
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir + " is missing: the workbook holds the run's tables (rerun the experiment "
                    + "with --out to write them).");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static void about(Sheet sheet, Provenance run, List<String[]> sheets, CellStyle bold) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"OrderCycle tables", run.scenario()});
        for (String fact : run.facts()) {
            int colon = fact.indexOf(": ");
            lines.add(new String[] {fact.substring(0, colon), fact.substring(colon + 2)});
        }
        lines.add(new String[] {"Numbers", "Means over replications, intervals at 95% (Student t); a unit column "
                + "gives each measure's unit; shares are fractions (0.95 = 95%)."});
        lines.add(new String[] {"", ""});
        lines.add(new String[] {"Sheet", "Table file"});
        lines.addAll(sheets);
        int[] widths = new int[2];
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 2; c++) {
                row.createCell(c).setCellValue(lines.get(r)[c]);
                if (c == 0 || r == 0 || lines.get(r)[0].equals("Sheet")) {
                    row.getCell(c).setCellStyle(bold);
                }
                widths[c] = Math.max(widths[c], lines.get(r)[c].length());
            }
        }
        width(sheet, 0, widths[0]);
        width(sheet, 1, widths[1]);
    }

    /** One table: the header with units, then rows whose numbers are numeric cells. */
    private static void table(Sheet sheet, List<List<String>> csv, Path file, CellStyle bold) throws ReportException {
        if (csv.isEmpty()) {
            return;
        }
        if (csv.size() > SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new ReportException(file + " has " + csv.size() + " rows; an Excel sheet holds at most "
                    + SpreadsheetVersion.EXCEL2007.getMaxRows() + ". Use the CSV file itself.");
        }
        Headers headers = Headers.of(csv.get(0));
        List<String> header = headers.titles();
        int[] widths = new int[header.size()];
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            top.createCell(c).setCellValue(header.get(c));
            top.getCell(c).setCellStyle(bold);
            widths[c] = header.get(c).length();
        }
        for (int r = 1; r < csv.size(); r++) {
            List<String> cells = headers.cells(csv.get(r));
            Row row = sheet.createRow(r);
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                widths[Math.min(c, widths.length - 1)] = Math.max(widths[Math.min(c, widths.length - 1)],
                        text.length());
                Double number = headers.number(c, text);
                if (number != null) {
                    row.createCell(c).setCellValue(number);
                } else if (!text.isEmpty()) {
                    row.createCell(c).setCellValue(text);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            width(sheet, c, widths[c]);
        }
    }

    private static void width(Sheet sheet, int column, int characters) {
        // Excel's unit is 1/256 of a character; two more characters of room for the filter arrow
        sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(6, characters + 2)) * 256);
    }

    private static CellStyle bold(XSSFWorkbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }
}
