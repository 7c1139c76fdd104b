package org.ordercycle.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the half-width of an interval reads beside its mean, in tables, reports, charts and notebooks. */
public final class HalfWidthText {
    /** A number (digits, grouping and decimal marks), then anything (a unit). */
    private static final Pattern NUMBER = Pattern.compile("([0-9.,]*[0-9])(.*)");

    private HalfWidthText() {
    }

    /** A half-width this small against its mean is rounding noise in a sum, not variation. */
    private static final double NOISE = 1e-9;

    /**
     * {@code formatted}, the half-width {@code value} of an estimate of {@code mean} printed at the
     * mean's resolution, or, when a real half-width rounded to nothing there, the last digit shown
     * as a bound: "0.00" reads "<0.01", "0.0%" reads "<0.1%". "± 0.00" would read as no
     * uncertainty at all. A figure that does not vary between replications (a half-width of zero,
     * or of the rounding noise of its sums, below a billionth of the mean) stays as printed.
     */
    public static String of(String formatted, double value, double mean) {
        if (!(value > NOISE * Math.max(1, Math.abs(mean)))) {
            return formatted;
        }
        Matcher m = NUMBER.matcher(formatted);
        if (!m.matches() || m.group(1).matches(".*[1-9].*")) {
            return formatted;
        }
        String digits = m.group(1);
        return "<" + digits.substring(0, digits.length() - 1) + "1" + m.group(2);
    }
}
