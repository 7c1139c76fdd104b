package org.ordercycle.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Picking rows out of the report tables (report-contract.md) whatever types Tablesaw gave their
 * columns when it read the CSV: a column of whole numbers comes back as integers, a missing value
 * as NaN. Computes nothing beyond picking and pivoting.
 */
final class Rows {
    static final String ALL = "all";

    private Rows() {
    }

    /** A mean with its interval; low and high are NaN when the table has no interval. */
    record Stat(double mean, double low, double high) {
        /** Half the interval width, for symmetric error bars; 0 when unknown. */
        double error() {
            double e = (high - low) / 2;
            return Double.isFinite(e) ? Math.max(0, e) : 0;
        }

        Stat times(double k) {
            return new Stat(mean * k, low * k, high * k);
        }
    }

    static boolean has(Table t, String... columns) {
        if (t == null) {
            return false;
        }
        List<String> names = t.columnNames();
        for (String c : columns) {
            if (!names.contains(c)) {
                return false;
            }
        }
        return true;
    }

    static String str(Table t, String column, int row) {
        Column<?> c = t.column(column);
        if (c.isMissing(row)) {
            return "";
        }
        return c.getString(row);
    }

    static double num(Table t, String column, int row) {
        Column<?> c = t.column(column);
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        if (c instanceof NumberColumn<?, ?> n) {
            return n.getDouble(row);
        }
        try {
            return Double.parseDouble(c.getString(row).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Summary rows (policy, measure, segment, mean, ci_low, ci_high) of one segment, by policy and
     * then measure key, in table order.
     */
    static Map<String, Map<String, Stat>> summary(Table t, String segment) {
        Map<String, Map<String, Stat>> out = new LinkedHashMap<>();
        if (!has(t, "policy", "measure", "mean")) {
            return out;
        }
        boolean seg = has(t, "segment");
        boolean ci = has(t, "ci_low", "ci_high");
        for (int r = 0; r < t.rowCount(); r++) {
            if (seg && !segment.equals(str(t, "segment", r))) {
                continue;
            }
            double mean = num(t, "mean", r);
            if (!Double.isFinite(mean)) {
                continue;
            }
            Stat s = new Stat(mean, ci ? num(t, "ci_low", r) : Double.NaN, ci ? num(t, "ci_high", r) : Double.NaN);
            out.computeIfAbsent(str(t, "policy", r), k -> new LinkedHashMap<>()).put(str(t, "measure", r), s);
        }
        return out;
    }

    static Optional<Stat> stat(Map<String, Map<String, Stat>> summary, String policy, String measure) {
        return Optional.ofNullable(summary.getOrDefault(policy, Map.of()).get(measure));
    }

    /** The row numbers where every given column has the given value. */
    static List<Integer> where(Table t, String... columnValuePairs) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            boolean ok = true;
            for (int i = 0; i + 1 < columnValuePairs.length && ok; i += 2) {
                ok = columnValuePairs[i + 1].equals(str(t, columnValuePairs[i], r));
            }
            if (ok) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The measure of this key, if it is one. */
    static Optional<Measure> measure(String key) {
        try {
            return Optional.of(Measure.byKey(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when values of this measure are shares in [0, 1], shown as percent. */
    static boolean isShare(String key) {
        return measure(key).map(m -> "share".equals(m.unit())).orElse(false);
    }

    static boolean isMoney(String key) {
        return measure(key).map(m -> m.unit().startsWith("money")).orElse(false);
    }

    /** Scale from table values to shown values: 100 for shares (shown as %), else 1. */
    static double scale(String key) {
        return isShare(key) ? 100 : 1;
    }

    /** The unit shown on an axis for a measure key: "%" for shares, else the measure's unit. */
    static String unit(String key) {
        if (isShare(key)) {
            return "%";
        }
        return measure(key).map(Measure::unit).orElse("");
    }

    /** A short label for a measure key: a chart's own wording, else the measure's label. */
    static String label(String key) {
        return switch (key) {
            case "lead_time_mean" -> "Mean lead time";
            case "on_time_rate" -> "On-time delivery";
            case "total_cost" -> "Total cost";
            case "billing_error_rate" -> "Invoices with errors";
            default -> measure(key).map(Measure::label).orElseGet(() -> {
                String s = key.replace('_', ' ');
                return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
            });
        };
    }

    /** "label (unit)" for an axis title. */
    static String axis(String key) {
        String u = unit(key);
        return u.isEmpty() ? label(key) : label(key) + " (" + u + ")";
    }
}
