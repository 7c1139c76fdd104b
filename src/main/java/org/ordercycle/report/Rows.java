package org.ordercycle.report;

import java.util.Optional;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Picking values out of saved tables, whatever numeric type the CSV reader gave a column. */
final class Rows {
    private Rows() {
    }

    /** The first row whose text columns equal the given values (pairs of column, value). */
    static Optional<Row> find(Table t, String... columnValuePairs) {
        for (Row r : t) {
            boolean match = true;
            for (int i = 0; i < columnValuePairs.length && match; i += 2) {
                match = columnValuePairs[i + 1].equals(text(r, columnValuePairs[i]));
            }
            if (match) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The rows for which {@code keep} holds, each its own {@link Row}: Tablesaw's row iterator
     * moves one cursor, so rows kept from a plain for-each loop all end up on the last row.
     */
    static java.util.List<Row> where(Table t, java.util.function.Predicate<Row> keep) {
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            Row r = t.row(i);
            if (keep.test(r)) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** A cell as a double (NaN when missing). */
    static double number(Row r, String column) {
        Object v = r.getObject(column);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A cell as text. */
    static String text(Row r, String column) {
        Object v = r.getObject(column);
        return v == null ? "" : v.toString();
    }

    /**
     * True when a comparison or effect row is marked significant: by its p-value adjusted for
     * multiple comparisons where the table has one, otherwise because its 95% interval excludes zero.
     */
    static boolean significant(Row r) {
        String column = r.columnNames().contains("significant_adjusted") ? "significant_adjusted" : "significant";
        return "true".equalsIgnoreCase(text(r, column));
    }

    /** True when the row's 95% interval excludes zero, before any adjustment. */
    static boolean intervalExcludesZero(Row r) {
        return "true".equalsIgnoreCase(text(r, "significant"));
    }

    /** "raw (adjusted)" p-values of a comparison row, "" for a table written before they existed. */
    static String pValues(Row r) {
        if (!r.columnNames().contains("p_value_adjusted")) {
            return "";
        }
        double raw = number(r, "p_value");
        return Double.isNaN(raw) ? "n/a" : p(raw) + " (" + p(number(r, "p_value_adjusted")) + ")";
    }

    private static String p(double v) {
        return v < 0.001 ? "<.001" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
