package org.ordercycle.model.rules;

import java.util.Locale;

/** Number formats of the sales and selection rules' reasons, the same as the rest of a trace. */
public final class SalesFormat {
    private SalesFormat() {
    }

    /** Two decimals, e.g. {@code 12.50}. */
    public static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A share as a whole percentage, e.g. {@code 35%}. */
    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
