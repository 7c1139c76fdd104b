package org.ordercycle.model.dept;

import java.util.Locale;

/** Numbers in the text of traced moments. */
final class Text {
    private Text() {
    }

    /** Two decimals, whatever the locale. */
    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
