package org.ordercycle.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.ordercycle.api.RunResult;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/** Number formatting, labels and text wrapping for the human-readable outputs. */
final class Format {

    private Format() {
    }

    /** Error kinds the run report lists under "Invoices with an error", their labels without "Invoices". */
    private static final Set<Measure> ERROR_KINDS = EnumSet.of(Measure.ERROR_QUANTITY_RATE, Measure.ERROR_PRICE_RATE,
            Measure.ERROR_ENTRY_RATE, Measure.ERROR_FORMAT_RATE);

    /** A short label for a measure, e.g. "Lead time, mean"; error kinds indented under the error rate. */
    static String label(Measure m) {
        return ERROR_KINDS.contains(m) ? "  " + m.label().substring("Invoices ".length()) : m.label();
    }

    /** The unit as shown next to a value; none for money, whose figures speak for themselves. */
    static String unit(Measure m) {
        return m.unit().equals("money") ? "" : m.unitLabel();
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

    /** A half-width in the measure's unit, at its mean's resolution; "<0.01" where it rounds to nothing. */
    static String halfWidth(Measure m, double hw, double mean) {
        return org.ordercycle.stats.HalfWidthText.of(value(m, hw), hw, mean);
    }

    /** Days with two decimals, one from a hundred days on. */
    static String days(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A length of time in days as the scenario states it: {@code 365}, {@code 120.5} (never rounded to a whole day). */
    static String period(double v) {
        return v == Math.rint(v) ? count(v) : org.ordercycle.scenario.bind.Numbers.format(v);
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
