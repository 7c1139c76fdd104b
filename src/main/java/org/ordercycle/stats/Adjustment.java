package org.ordercycle.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Adjusted p-values for a family of tests, so that a mark "significant at 5%" keeps its meaning
 * when many differences are tested at once. Pure functions; NaN p-values (a test that could not
 * be made) are left out of the family and stay NaN.
 * <ul>
 * <li>{@link #HOLM}: Holm (1979) step-down, controls the family-wise error rate (the chance of
 * even one false mark) under any dependence between the tests.</li>
 * <li>{@link #BENJAMINI_HOCHBERG}: Benjamini and Hochberg (1995) step-up, controls the false
 * discovery rate (the expected share of false marks among the marks), valid for independent or
 * positively dependent tests (Benjamini and Yekutieli 2001).</li>
 * </ul>
 */
public enum Adjustment {
    HOLM("holm", "Holm (1979), family-wise error rate"),
    BENJAMINI_HOCHBERG("bh", "Benjamini-Hochberg (1995), false discovery rate");

    private final String key;
    private final String description;

    Adjustment(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** Short name in tables: "holm" or "bh". */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The adjusted p-values, in the order of {@code p}. */
    public double[] adjust(double[] p) {
        return this == HOLM ? holm(p) : benjaminiHochberg(p);
    }

    /**
     * Holm's adjusted p-values: with the m p-values sorted ascending, p_(j) becomes
     * max over i <= j of min(1, (m - i + 1) p_(i)). Rejecting where the adjusted value is at most
     * alpha is Holm's procedure at level alpha.
     */
    public static double[] holm(double[] p) {
        Integer[] order = ascending(p);
        int m = order.length;
        double[] adjusted = nans(p.length);
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1, (m - i) * p[order[i]]));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    /**
     * Benjamini-Hochberg adjusted p-values: with the m p-values sorted ascending, p_(j) becomes
     * min over i >= j of min(1, m p_(i) / i). Rejecting where the adjusted value is at most q is
     * the step-up procedure at false discovery rate q.
     */
    public static double[] benjaminiHochberg(double[] p) {
        Integer[] order = ascending(p);
        int m = order.length;
        double[] adjusted = nans(p.length);
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, Math.min(1, m * p[order[i]] / (i + 1)));
            adjusted[order[i]] = Math.max(p[order[i]], running); // m p / m may round below p

        }
        return adjusted;
    }

    /** Indices of the non-NaN p-values by ascending p (ties by index, so the result is stable). */
    private static Integer[] ascending(double[] p) {
        for (double v : p) {
            if (v < 0 || v > 1) {
                throw new IllegalArgumentException("a p-value must lie in [0, 1], was " + v);
            }
        }
        return java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> p[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
