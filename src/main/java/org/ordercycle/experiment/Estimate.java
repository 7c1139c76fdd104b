package org.ordercycle.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean of independent observations with its Student-t confidence interval. NaN observations
 * are skipped (a measure that a replication could not observe, e.g. a rate with no event).
 *
 * @param n         observations used
 * @param mean      sample mean
 * @param sd        sample standard deviation (NaN with fewer than two observations)
 * @param halfWidth half-width of the interval at {@code level} (NaN with fewer than two)
 */
public record Estimate(int n, double mean, double sd, double halfWidth, double level) {

    /** The estimate of the observations at confidence {@code level} (e.g. 0.95). */
    public static Estimate of(double[] values, double level) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, level);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Estimate(n, mean, Double.NaN, Double.NaN, level);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new Estimate(n, mean, sd, t * sd / Math.sqrt(n), level);
    }

    public double low() {
        return mean - halfWidth;
    }

    public double high() {
        return mean + halfWidth;
    }

    /** True when the interval excludes zero. */
    public boolean excludesZero() {
        return n >= 2 && (low() > 0 || high() < 0);
    }

    /** Two-sided p-value of the t-test that the true mean is zero (NaN with fewer than two observations). */
    public double pValue() {
        if (n < 2 || Double.isNaN(sd)) {
            return Double.NaN;
        }
        if (sd == 0) {
            return mean == 0 ? 1.0 : 0.0;
        }
        double t = Math.abs(mean) / (sd / Math.sqrt(n));
        return 2 * (1 - new TDistribution(null, n - 1).cumulativeProbability(t));
    }
}
