package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a swept parameter, {@code PATH=V1,V2,...} or {@code PATH=LO..HI}, as the command
 * line's {@code --param} and the web workbench both give it.
 */
public final class SweepParams {
    private static final String NUMBER = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern RANGE = Pattern.compile("\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")\\s*");

    private SweepParams() {
    }

    /** True when the values (the text after '=') are a range LO..HI. */
    public static boolean isRangeValues(String values) {
        return RANGE.matcher(values).matches();
    }

    /**
     * Adds the parameter {@code path} with its values text to the sweep; true when it is a range.
     *
     * @throws IllegalArgumentException naming the path when the values are not usable
     */
    public static boolean add(Sweep sweep, String path, String values) {
        Matcher m = RANGE.matcher(values);
        if (m.matches()) {
            double lo = Double.parseDouble(m.group(1));
            double hi = Double.parseDouble(m.group(2));
            if (lo > hi) {
                throw new IllegalArgumentException("the range of " + path + " must have LO <= HI, was " + values);
            }
            sweep.range(path, lo, hi);
            return true;
        }
        List<String> list = splitValues(values);
        if (list.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(path + " has an empty value in '" + values + "'");
        }
        sweep.param(path, list);
        return false;
    }

    /** Splits at commas outside {...}, [...] and quotes; each value stripped. */
    public static List<String> splitValues(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString().strip());
        return out;
    }
}
