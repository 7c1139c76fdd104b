package org.ordercycle.model.dept;

import java.util.Locale;

/** Numbers in the text of traced moments. */
public final class Text {
    private Text() {
    }

    /** Two decimals, whatever the locale. */
    public static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A share as a whole percentage, whatever the locale. */
    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
