package org.ordercycle.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Minimal RFC 4180 CSV output: fields holding a comma, a quote or a line break are quoted,
 * quotes doubled; lines end with {@code \n}. Numbers are written in plain decimal notation;
 * NaN (not measured) is written as an empty field. A text cell that a spreadsheet would take for
 * a formula (it begins with {@code = + - @}, a tab or a carriage return) gets a leading single
 * quote, as OWASP recommends against CSV injection; {@link #unguard} reads it back. Numbers such
 * as {@code -3.5} are left as they are.
 */
public final class Csv {

    private Csv() {
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|[-+]?Inf");

    /** One field, guarded against formulas and quoted when needed. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        value = guard(value);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** The text with a leading single quote when a spreadsheet would run it as a formula; numbers unchanged. */
    public static String guard(String text) {
        return formulaLike(afterQuotes(text)) ? "'" + text : text;
    }

    /** A cell of our CSV files read back as the text that was written: the guard's quote removed. */
    public static String unguard(String cell) {
        return cell != null && cell.startsWith("'") && formulaLike(afterQuotes(cell)) ? cell.substring(1) : cell;
    }

    /** The text after its leading quotes: a text that begins with quotes is guarded too, so it reads back whole. */
    private static String afterQuotes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return text.substring(i);
    }

    private static boolean formulaLike(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return !NUMBER.matcher(text).matches();
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
