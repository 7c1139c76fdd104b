package org.ordercycle.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Minimal RFC 4180 CSV output: fields holding a comma, a quote or a line break are quoted,
 * quotes doubled; lines end with {@code \n}. Numbers are written in plain decimal notation;
 * NaN (not measured) is written as an empty field.
 */
public final class Csv {

    private Csv() {
    }

    /** One field, quoted when needed. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A number: plain decimal, no exponent, no trailing zeros; empty for NaN. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Writes one line of already formatted cells, escaping each. */
    public static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write('\n');
    }
}
