package org.ordercycle.report.office;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.report.Report;
import org.ordercycle.stats.Measure;

/**
 * The header of a table in the workbook, with units. A column named after a measure reads
 * "lead_time_mean (days)"; a table with a {@code measure} column of measure ids gets a
 * {@code unit} column right after it, since its values change unit from row to row. Name columns
 * stay text even when a name looks like a number. Immutable.
 */
final class Headers {
    private final List<String> columns;
    /** Index of the measure column, or -1. */
    private final int measure;

    private Headers(List<String> columns) {
        this.columns = List.copyOf(columns);
        this.measure = columns.indexOf("measure");
    }

    static Headers of(List<String> csvHeader) {
        return new Headers(csvHeader);
    }

    /** The header row as the workbook shows it. */
    List<String> titles() {
        List<String> t = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String unit = unitOf(columns.get(c));
            t.add(unit.isEmpty() ? columns.get(c) : columns.get(c) + " (" + unit + ")");
            if (c == measure) {
                t.add("unit");
            }
        }
        return t;
    }

    /** A data row's cells in the order of {@link #titles()}: the unit inserted after the measure id. */
    List<String> cells(List<String> csvRow) {
        List<String> cells = new ArrayList<>(csvRow);
        if (measure >= 0 && measure < csvRow.size()) {
            cells.add(measure + 1, unitOf(csvRow.get(measure)));
        }
        return cells;
    }

    /** The number in a cell of the shown column, or null when the cell is text (or empty, or not finite). */
    Double number(int shownColumn, String text) {
        int source = measure >= 0 && shownColumn > measure ? shownColumn - 1 : shownColumn;
        boolean unitColumn = measure >= 0 && shownColumn == measure + 1;
        if (text.isEmpty() || unitColumn || (source < columns.size() && Report.holdsNames(columns.get(source)))) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * The unit of a measure id as its cells hold it ("days", "currency", "share 0-1"), or "" for
     * anything else. Shares stay fractions in the cells, so their unit says so rather than "%".
     */
    static String unitOf(String key) {
        try {
            Measure m = Measure.byKey(key);
            return m.unit().equals("share") ? "share 0-1" : m.unitLabel();
        } catch (IllegalArgumentException notAMeasure) {
            return "";
        }
    }
}
