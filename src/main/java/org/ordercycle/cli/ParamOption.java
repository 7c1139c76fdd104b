package org.ordercycle.cli;

import java.util.List;
import org.ordercycle.experiment.Sweep;
import org.ordercycle.experiment.SweepParams;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Parsing of the {@code --param PATH=V1,V2,...} and {@code --param PATH=LO..HI} options of sweep, and
 * of the range-only {@code --param PATH=LO..HI} of sensitivity, discover and optimise.
 */
final class ParamOption {
    private ParamOption() {
    }

    /** True when the option's values are a range LO..HI. */
    static boolean isRange(String text) {
        int eq = text.indexOf('=');
        return eq > 0 && SweepParams.isRangeValues(text.substring(eq + 1));
    }

    /** Adds one --param to the sweep; true when it is a range. */
    static boolean add(CommandLine cli, Sweep sweep, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new ParameterException(cli, "Invalid value for option '--param': '" + text + "' must be "
                    + "PATH=V1,V2,... or PATH=LO..HI, e.g. steps.planning.inflationMean=0,0.2,0.4");
        }
        try {
            return SweepParams.add(sweep, text.substring(0, eq).strip(), text.substring(eq + 1));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, "Invalid value for option '--param': " + e.getMessage() + ".");
        }
    }

    /** Where a range-only --param goes: the design's {@code range(path, lo, hi)}. */
    @FunctionalInterface
    interface RangeTarget {
        void range(String path, double lo, double hi);
    }

    /** Adds one range-only --param PATH=LO..HI to {@code target}; a bad one is a ParameterException. */
    static void addRange(CommandLine cli, String text, RangeTarget target) {
        int eq = text.indexOf('=');
        if (eq <= 0 || !isRange(text)) {
            throw new ParameterException(cli, "Invalid value for option '--param': '" + text + "' must be "
                    + "PATH=LO..HI, e.g. steps.planning.inflationMean=0..0.4");
        }
        String[] ends = text.substring(eq + 1).split("\\.\\.");
        try {
            target.range(text.substring(0, eq).strip(), Double.parseDouble(ends[0].strip()),
                    Double.parseDouble(ends[1].strip()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, "Invalid value for option '--param': " + e.getMessage() + ".");
        }
    }

    /** Splits at commas outside {...}, [...] and quotes; each value stripped. */
    static List<String> splitValues(String text) {
        return SweepParams.splitValues(text);
    }
}
