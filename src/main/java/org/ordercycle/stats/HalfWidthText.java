package org.ordercycle.stats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the half-width of an interval reads beside its mean, in tables, reports, charts and notebooks. */
public final class HalfWidthText {
    /** A number (digits, grouping and decimal marks), then anything (a unit). */
    private static final Pattern NUMBER = Pattern.compile("([0-9.,]*[0-9])(.*)");

    private HalfWidthText() {
    }

    /**
     * {@code formatted}, the positive half-width {@code value} printed at its mean's resolution,
     * or, when it rounded to nothing there, the last digit shown as a bound: "0.00" reads "<0.01",
     * "0.0%" reads "<0.1%". "± 0.00" would read as no uncertainty at all. A half-width of exactly
     * zero (a figure that does not vary between replications) stays as printed.
     */
    public static String of(String formatted, double value) {
        if (!(value > 0)) {
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
