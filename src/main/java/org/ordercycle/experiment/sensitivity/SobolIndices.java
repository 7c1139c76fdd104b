package org.ordercycle.experiment.sensitivity;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import umontreal.ssj.rng.RandomStream;

/**
 * Sobol' first-order and total indices from the outputs of a {@link Saltelli} design: first
 * order by the estimator of Saltelli et al. (2010, table 2 (b)), V_i = mean(f(B) (f(A_B^i) -
 * f(A))); total by Jansen's (1999) estimator, V_Ti = mean((f(A) - f(A_B^i))^2) / 2; both divided
 * by the variance of f over A and B. Intervals are bootstrap percentiles (Efron and Tibshirani
 * 1993) over the n rows. Stateless.
 */
public final class SobolIndices {

    /** An index and its bootstrap interval. */
    public record Index(double estimate, double low, double high) {
    }

    /** First-order and total indices per dimension, and the output variance. */
    public record Result(Index[] first, Index[] total, double variance) {
    }

    private SobolIndices() {
    }

    /** Runs a function on the design and estimates the indices. */
    public static Result estimate(Saltelli design, ToDoubleFunction<double[]> f, int bootstrap, double level,
                                  RandomStream stream) {
        double[][] x = design.points();
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return estimate(design.n(), design.dimensions(), y, bootstrap, level, stream);
    }

    /**
     * The indices from y, the outputs of {@link Saltelli#points()} in its order, with
     * {@code bootstrap} resamples of the rows drawn from {@code stream} for the intervals at
     * {@code level} (no interval, NaN ends, with 0 resamples).
     */
    public static Result estimate(int n, int d, double[] y, int bootstrap, double level, RandomStream stream) {
        if (y.length != n * (d + 2)) {
            throw new IllegalArgumentException("expected n (d + 2) = " + n * (d + 2) + " outputs, got " + y.length);
        }
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        double[][] point = indices(n, d, y, all);
        double[][][] samples = new double[2][d][bootstrap];
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int k = 0; k < n; k++) {
                rows[k] = stream.nextInt(0, n - 1);
            }
            double[][] s = indices(n, d, y, rows);
            for (int i = 0; i < d; i++) {
                samples[0][i][b] = s[0][i];
                samples[1][i][b] = s[1][i];
            }
        }
        Index[] first = new Index[d];
        Index[] total = new Index[d];
        for (int i = 0; i < d; i++) {
            first[i] = index(point[0][i], samples[0][i], level);
            total[i] = index(point[1][i], samples[1][i], level);
        }
        return new Result(first, total, point[2][0]);
    }

    /** [0] first order, [1] total, [2][0] variance, over the given rows (with repeats). */
    private static double[][] indices(int n, int d, double[] y, int[] rows) {
        double sum = 0;
        double sumSq = 0;
        for (int k : rows) {
            sum += y[k] + y[n + k];
            sumSq += y[k] * y[k] + y[n + k] * y[n + k];
        }
        int m = 2 * rows.length;
        double variance = (sumSq - sum * sum / m) / (m - 1);
        double[] first = new double[d];
        double[] total = new double[d];
        for (int i = 0; i < d; i++) {
            double vi = 0;
            double vti = 0;
            for (int k : rows) {
                double fa = y[k];
                double fb = y[n + k];
                double fab = y[(2 + i) * n + k];
                vi += fb * (fab - fa);
                vti += (fa - fab) * (fa - fab);
            }
            first[i] = vi / rows.length / variance;
            total[i] = vti / (2.0 * rows.length) / variance;
        }
        return new double[][] {first, total, {variance}};
    }

    private static Index index(double estimate, double[] resampled, double level) {
        if (resampled.length == 0) {
            return new Index(estimate, Double.NaN, Double.NaN);
        }
        double[] s = resampled.clone();
        Arrays.sort(s);
        double tail = (1 - level) / 2;
        return new Index(estimate, quantile(s, tail), quantile(s, 1 - tail));
    }

    /** Type-7 quantile of sorted values; NaN when any value is NaN (a constant output). */
    private static double quantile(double[] sorted, double p) {
        if (Double.isNaN(sorted[sorted.length - 1]) || Double.isNaN(sorted[0])) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
