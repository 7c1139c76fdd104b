package org.ordercycle.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ordercycle.experiment.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Parsing of the {@code --param PATH=V1,V2,...} and {@code --param PATH=LO..HI} options of sweep. */
final class ParamOption {
    private static final String NUMBER = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern RANGE = Pattern.compile("\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")\\s*");

    private ParamOption() {
    }

    /** True when the option's values are a range LO..HI. */
    static boolean isRange(String text) {
        int eq = text.indexOf('=');
        return eq > 0 && RANGE.matcher(text.substring(eq + 1)).matches();
    }

    /** Adds one --param to the sweep; true when it is a range. */
    static boolean add(CommandLine cli, Sweep sweep, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new ParameterException(cli, "Invalid value for option '--param': '" + text + "' must be "
                    + "PATH=V1,V2,... or PATH=LO..HI, e.g. steps.planning.inflationMean=0,0.2,0.4");
        }
        String path = text.substring(0, eq).strip();
        String values = text.substring(eq + 1);
        try {
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
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, "Invalid value for option '--param': " + e.getMessage() + ".");
        }
    }

    /** Splits at commas outside {...}, [...] and quotes; each value stripped. */
    static List<String> splitValues(String text) {
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
