package org.ordercycle.scenario.bind;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ordercycle.scenario.Range;

/** Reading, writing and range-checking the numbers of scenario files. */
public final class Numbers {
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_ZERO = Pattern.compile("(\\d)\\.0(?!\\d)");

    private Numbers() {
    }

    /**
     * The value of a YAML number as written ({@code 1_000}, {@code 0x1F}, {@code .inf}, {@code 2.5e3}),
     * or null when the text is not a number.
     */
    public static Double parse(String text) {
        String t = text.trim().replace("_", "");
        Matcher special = NOT_FINITE.matcher(t);
        if (special.matches()) {
            if (special.group(1).equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            String lower = t.toLowerCase(Locale.ROOT);
            boolean negative = lower.startsWith("-");
            String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
            if (unsigned.startsWith("0x")) {
                double v = Long.parseLong(unsigned.substring(2), 16);
                return negative ? -v : v;
            }
            if (unsigned.startsWith("0o")) {
                double v = Long.parseLong(unsigned.substring(2), 8);
                return negative ? -v : v;
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when {@code text} spells NaN or infinity in one of the usual ways. */
    public static boolean spellsNotFinite(String text) {
        return NOT_FINITE.matcher(text.trim()).matches();
    }

    /** A number as a person would write it: {@code 3}, {@code 0.25}, {@code -0.9}. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-6 && a < 1e15) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }

    /** {@code text} with numbers such as {@code 3.0} written {@code 3} (for messages built elsewhere). */
    public static String tidy(String text) {
        return TRAILING_ZERO.matcher(text).replaceAll("$1");
    }

    /** True when {@code v} lies in {@code range}. */
    public static boolean inRange(Range range, double v) {
        boolean aboveMin = range.minExclusive() ? v > range.min() : v >= range.min();
        boolean belowMax = range.maxExclusive() ? v < range.max() : v <= range.max();
        return aboveMin && belowMax;
    }

    /** The rule of a range in words: {@code >= 0}, {@code in [0, 1]}, {@code > 0 and <= 24}. */
    public static String describe(Range range) {
        boolean hasMin = range.min() != Double.NEGATIVE_INFINITY;
        boolean hasMax = range.max() != Double.POSITIVE_INFINITY;
        String min = (range.minExclusive() ? "> " : ">= ") + format(range.min());
        String max = (range.maxExclusive() ? "< " : "<= ") + format(range.max());
        if (hasMin && hasMax) {
            if (!range.minExclusive() && !range.maxExclusive()) {
                return "in [" + format(range.min()) + ", " + format(range.max()) + "]";
            }
            return min + " and " + max;
        }
        return hasMin ? min : hasMax ? max : "any number";
    }
}
