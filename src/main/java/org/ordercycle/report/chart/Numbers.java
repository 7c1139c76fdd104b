package org.ordercycle.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number formatter of chart text (ticks, value labels, heat-map cells and legends): three
 * significant digits, thousands as k and millions as M, never float noise such as
 * 4.7700000000000005. Stateless.
 */
public final class Numbers {
    private static final MathContext THREE = new MathContext(3, RoundingMode.HALF_EVEN);

    private Numbers() {
    }

    /**
     * v with three significant digits, e.g. 4.77, 0.0123, 1,230 is 1.23k, 4,500,000 is 4.5M, 0.000453
     * is 4.53e-4; empty for NaN.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        double r = round(v);
        double a = Math.abs(r);
        if (a >= 1e9) {
            return plain(r / 1e9) + "G";
        }
        if (a >= 1e6) {
            return plain(r / 1e6) + "M";
        }
        if (a >= 1e3) {
            return plain(r / 1e3) + "k";
        }
        if (a > 0 && a < 1e-3) { // 0.000453 would read as noise: 4.53e-4
            int exponent = (int) Math.floor(Math.log10(a));
            return plain(r / Math.pow(10, exponent)) + "e" + exponent;
        }
        return plain(r);
    }

    /**
     * A half-width shown beside its mean, at the mean's resolution ("4.97 ± 0.07", not
     * "4.97 ± 0.0747"): as many decimals as the formatted mean has; with a k/M suffix, three
     * significant digits.
     */
    public static String plusMinus(double mean, double halfWidth) {
        String m = format(mean);
        java.util.regex.Matcher plain = java.util.regex.Pattern.compile("-?\\d+(?:\\.(\\d+))?").matcher(m);
        if (!plain.matches()) {
            return m + " ± " + format(halfWidth);
        }
        int decimals = plain.group(1) == null ? 0 : plain.group(1).length();
        return m + " ± " + org.ordercycle.stats.HalfWidthText.of(String.format(java.util.Locale.ROOT, "%." + decimals + "f",
                halfWidth), halfWidth, mean);
    }

    /** v formatted with its unit: "%" directly after the number, any other unit after a space. */
    public static String format(double v, String unit) {
        String s = format(v);
        if (unit == null || unit.isBlank() || s.isEmpty()) {
            return s;
        }
        return unit.startsWith("%") ? s + unit : s + " " + unit;
    }

    /** v rounded to three significant digits (0 stays 0). */
    public static double round(double v) {
        return round(v, RoundingMode.HALF_EVEN);
    }

    /** v rounded to three significant digits in the given direction, e.g. FLOOR for the low end of a scale. */
    public static double round(double v, RoundingMode mode) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? 0 : v;
        }
        return new BigDecimal(v).round(new MathContext(3, mode)).doubleValue();
    }

    /**
     * A DecimalFormat pattern that writes values up to maxAbs with three significant digits (whole
     * numbers keep all their digits), for XChart parts that take only a pattern.
     */
    public static String pattern(double maxAbs) {
        int decimals = !(maxAbs > 0) || !Double.isFinite(maxAbs) ? 2
                : Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(maxAbs))));
        return decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
    }

    /** At most three significant digits without trailing zeros, scientific notation or "-0". */
    private static String plain(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).round(THREE).stripTrailingZeros();
        String s = d.toPlainString();
        return "-0".equals(s) ? "0" : s;
    }
}
