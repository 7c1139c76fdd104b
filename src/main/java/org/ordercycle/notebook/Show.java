package org.ordercycle.notebook;

import java.util.Locale;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.stats.HalfWidthText;
import org.ordercycle.stats.Measure;

/**
 * Numbers with their uncertainty, as the notebooks print them: "4.86 ± 0.13 days",
 * "73.4 ± 2.9 %", "10,121,162 ± 33,401". A share is shown in percent, a difference of shares in
 * percentage points ("pp"); money is rounded to whole units. The ± is the half-width of the
 * estimate's confidence interval (95 % unless the experiment chose another level). Stateless.
 */
public final class Show {
    private Show() {
    }

    /** A short name for a measure: "Lead time, mean", "On-time rate", "Total cost"... */
    public static String label(Measure m) {
        String words = m.key().replace("_rate", " rate").replace('_', ' ');
        words = words.endsWith(" mean") ? words.substring(0, words.length() - 5) + ", mean" : words;
        words = words.replace("on time", "on-time").replace("dso", "days sales outstanding");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An estimate of a measure, mean ± half-width in the measure's unit. */
    public static String interval(Estimate e, Measure m) {
        return number(e.mean(), m, false, e.mean()) + " ± " + HalfWidthText.of(number(e.halfWidth(), m, false, e.mean()),
                e.halfWidth(), e.mean()) + unit(m, false);
    }

    /** An estimate of a measure by its key, such as {@code "lead_time_mean"}. */
    public static String interval(Estimate e, String measureKey) {
        return interval(e, Measure.byKey(measureKey));
    }

    /** A difference of a measure (other − base, or an effect), signed; shares in percentage points. */
    public static String difference(Estimate d, Measure m) {
        return number(d.mean(), m, true, d.mean()) + " ± " + HalfWidthText.of(number(d.halfWidth(), m, false, d.mean()),
                d.halfWidth(), d.mean()) + unit(m, true);
    }

    /** A difference of a measure by its key. */
    public static String difference(Estimate d, String measureKey) {
        return difference(d, Measure.byKey(measureKey));
    }

    /** A value alone in the measure's unit, e.g. {@code 0.734 -> "73.4 %"}. */
    public static String value(double v, Measure m) {
        return number(v, m, false, v) + unit(m, false);
    }

    /** @param scale the mean the number goes with: counts and money of 100 or more lose their decimals */
    private static String number(double v, Measure m, boolean signed, double scale) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        String sign = signed ? "+" : "";
        return switch (m.unit()) {
            case "share" -> String.format(Locale.ROOT, "%" + sign + ".1f", 100 * v);
            case "days" -> String.format(Locale.ROOT, "%" + sign + ".2f", v);
            case "ratio" -> String.format(Locale.ROOT, "%" + sign + ".2f", v);
            case "0-100" -> String.format(Locale.ROOT, "%" + sign + ".1f", v);
            default -> String.format(Locale.ROOT, Math.abs(scale) >= 100 ? "%" + sign + ",.0f" : "%" + sign + ",.1f", v);
        };
    }

    private static String unit(Measure m, boolean difference) {
        return switch (m.unit()) {
            case "share" -> difference ? " pp" : " %";
            case "money", "ratio" -> "";
            case "money/order" -> " per order";
            case "0-100" -> " points";
            default -> " " + m.unit();
        };
    }
}
