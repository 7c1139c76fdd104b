package org.ordercycle.report;

import java.util.Locale;
import org.ordercycle.stats.HalfWidthText;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.Row;

/** Values as a reader sees them: days with their unit, shares as percentages, money rounded. */
final class Numbers {
    private Numbers() {
    }

    /** The unit of a key: a measure's unit, or days for step times. */
    static String unit(String key) {
        Measure m = measure(key);
        if (m != null) {
            return m.unit();
        }
        return key.startsWith("step_time[") ? "days" : "";
    }

    /** A value in its unit, e.g. "4.8 days", "76.3%", "10.1M", "0.93". */
    static String value(String unit, double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return switch (unit) {
            case "days" -> String.format(Locale.ROOT, "%.2f days", v);
            case "share" -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case "money", "money/order" -> money(v);
            case "ratio" -> String.format(Locale.ROOT, "%.2f", v);
            case "0-100" -> String.format(Locale.ROOT, "%.1f", v);
            default -> Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        };
    }

    /** The estimate of a summary row in its unit with its 95 % interval: "4.80 days [4.75, 4.85]". */
    static String withInterval(String unit, Row r) {
        double lo = Rows.number(r, "ci_low");
        double hi = Rows.number(r, "ci_high");
        String ci = Double.isFinite(lo) && Double.isFinite(hi) ? " [" + bare(unit, lo) + ", " + bare(unit, hi) + "]" : "";
        return value(unit, Rows.number(r, "mean")) + ci;
    }

    /** The estimate of a summary row with the half-width of its interval: "4.80 days ± 0.05". */
    static String withHalfWidth(String unit, Row r) {
        double hw = Rows.number(r, "half_width");
        return value(unit, Rows.number(r, "mean")) + (Double.isFinite(hw) ? " ± " + HalfWidthText.of(bare(unit, hw), hw, Rows.number(r, "mean")) : "");
    }

    /** A value as {@link #value}, without the word "days" (the figure before it carries the unit). */
    private static String bare(String unit, double v) {
        return unit.equals("days") && Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : value(unit, v);
    }

    /** An interval of shares in signed percentages: "[−4.4%, −2.5%]". */
    static String shareInterval(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return "n/a";
        }
        return "[" + signed("share", low) + "%, " + signed("share", high) + "%]";
    }

    /** A difference in its unit: shares in percentage points. */
    static String difference(String unit, double d) {
        if (!Double.isFinite(d)) {
            return "n/a";
        }
        String sign = d > 0 ? "+" : d < 0 ? "−" : "";
        double a = Math.abs(d);
        return sign + switch (unit) {
            case "share" -> String.format(Locale.ROOT, "%.1f points", 100 * a);
            default -> value(unit, a);
        };
    }

    /**
     * An interval "[low, high]" in the unit of a difference (no sign dropped). An interval
     * narrower than the last digit shown would read as a point ("[−0.87, −0.87]"): it gets up to
     * three more digits, until its ends differ ("[−0.873, −0.866]").
     */
    static String interval(String unit, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return "n/a";
        }
        String lo = signed(unit, low, 0);
        String hi = signed(unit, high, 0);
        for (int more = 1; more <= 3 && lo.equals(hi) && low != high && decimals(unit) >= 0; more++) {
            String l = signed(unit, low, more);
            String h = signed(unit, high, more);
            if (!l.equals(h)) {
                lo = l;
                hi = h;
            }
        }
        return "[" + lo + ", " + hi + "]";
    }

    private static String signed(String unit, double v) {
        return signed(unit, v, 0);
    }

    /** v with its sign as "−", with {@code more} digits than the unit's usual (not for money). */
    private static String signed(String unit, double v, int more) {
        if (unit.equals("share")) {
            return fixed(100 * v, decimals(unit) + more).replace('-', '−');
        }
        double a = Math.abs(v);
        return (v < 0 ? "−" : "") + (decimals(unit) < 0 ? money(a) : fixed(a, decimals(unit) + more));
    }

    /** Decimals of a unit's plain figures; -1 for money, which is rounded to k and M instead. */
    private static int decimals(String unit) {
        return switch (unit) {
            case "money", "money/order" -> -1;
            case "share", "0-100" -> 1;
            default -> 2;
        };
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A relative change "−44%"; empty when not defined. */
    static String relative(double r) {
        if (!Double.isFinite(r)) {
            return "";
        }
        return (r > 0 ? "+" : r < 0 ? "−" : "") + String.format(Locale.ROOT, "%.0f%%", Math.abs(100 * r));
    }

    /** Money rounded to what a manager reads: 10.1M, 245k, 830. */
    static String money(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? "−" : "";
        if (a >= 1e6) {
            return sign + String.format(Locale.ROOT, "%.2fM", a / 1e6);
        }
        if (a >= 1e4) {
            return sign + String.format(Locale.ROOT, "%.0fk", a / 1e3);
        }
        return sign + String.format(Locale.ROOT, "%,.0f", a);
    }

    /** A short label for a key: "Lead time, mean", "On-time delivery", "entry: queue". */
    static String label(String key) {
        if (key.contains("[") && key.endsWith("]")) {
            try {
                return Measure.labelOf(key);
            } catch (IllegalArgumentException unknown) {
                return key;
            }
        }
        Measure m = measure(key);
        if (m != null) {
            // the scale of an index belongs with its name: a bare 78 says nothing
            return m.unit().equals("0-100") ? m.label() + " (0–100)" : m.label();
        }
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The unit of a key as a reader sees it in a table's unit column: "%", "days", "currency". */
    static String unitLabel(String key) {
        Measure m = measure(key);
        if (m == null && key.contains("[")) {
            try {
                return Measure.unitLabelOf(key);
            } catch (IllegalArgumentException unknown) {
                return unit(key);
            }
        }
        return m != null ? m.unitLabel() : unit(key);
    }

    /** The measure with this key, or null for keys that are not measures (step times). */
    private static Measure measure(String key) {
        try {
            return Measure.byKey(key);
        } catch (IllegalArgumentException notAMeasure) {
            return null;
        }
    }
}
