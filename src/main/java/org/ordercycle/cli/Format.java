package org.ordercycle.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.ordercycle.api.RunResult;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/** Number formatting, labels and text wrapping for the human-readable outputs. */
final class Format {

    /** Labels for keys that do not read well once humanised. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("lead_time_p50", "Lead time, median"),
            Map.entry("lead_time_p90", "Lead time, 90th percentile"),
            Map.entry("lead_time_p95", "Lead time, 95th percentile"),
            Map.entry("on_time_rate", "On-time delivery"),
            Map.entry("leads_unqualified", "Leads not pursued by sales"),
            Map.entry("dso", "Days sales outstanding"),
            Map.entry("billing_error_rate", "Invoices with an error"),
            Map.entry("error_quantity_rate", "  billing goods not shipped"),
            Map.entry("error_price_rate", "  at a price not agreed"),
            Map.entry("error_entry_rate", "  carrying an order-entry error"),
            Map.entry("error_format_rate", "  in a format the customer did not ask"),
            Map.entry("satisfaction_index", "Satisfaction index"),
            Map.entry("repeat_visit_rate", "Service visits repeated"));

    private Format() {
    }

    /** A short label for a measure, e.g. "Lead time, mean". */
    static String label(Measure m) {
        String fixed = LABELS.get(m.key());
        if (fixed != null) {
            return fixed;
        }
        String words = m.key().replace('_', ' ');
        if (words.endsWith(" mean")) {
            words = words.substring(0, words.length() - 5) + ", mean";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The unit as shown next to a value. */
    static String unit(Measure m) {
        return switch (m.unit()) {
            case "share" -> "%";
            case "money" -> "";
            case "money/order" -> "per order";
            case "0-100" -> "out of 100";
            default -> m.unit();
        };
    }

    /** A value in the measure's unit: money with thousands separators, shares as percentages. */
    static String value(Measure m, double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (m.unit()) {
            case "money", "money/order" -> String.format(Locale.ROOT, "%,.0f", v);
            case "share" -> String.format(Locale.ROOT, "%.1f", 100 * v);
            case "days" -> days(v);
            case "ratio" -> String.format(Locale.ROOT, "%.2f", v);
            case "0-100" -> String.format(Locale.ROOT, "%.1f", v);
            default -> count(v);
        };
    }

    /** Days with two decimals, one from a hundred days on. */
    static String days(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A count: whole numbers without decimals, small means of counts with one. */
    static String count(double v) {
        boolean whole = v == Math.rint(v) || Math.abs(v) >= 10;
        return String.format(Locale.ROOT, whole ? "%,.0f" : "%,.1f", v);
    }

    /** Half-width of the 95% Student t confidence interval of the mean of a value key; NaN below two values. */
    static double halfWidth(RunResult run, String key) {
        int n = 0;
        for (ReplicationResult r : run.replications()) {
            Double v = r.values().get(key);
            if (v != null && !v.isNaN()) {
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return t * run.sd(key) / Math.sqrt(n);
    }

    /** Time of day {@code hh:mm} of a simulated time in days. */
    static String clock(double day) {
        long minutes = Math.round((day - Math.floor(day)) * 1440) % 1440;
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    /** Cuts text into lines of at most {@code width} characters at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cuts a text to at most {@code width} characters, ending with "~" when cut. */
    static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
