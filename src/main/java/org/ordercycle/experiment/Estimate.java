package org.ordercycle.experiment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Student-t quantiles by degrees of freedom and level: a report asks thousands of times for the same few. */
    private static final Map<Quantile, Double> T_QUANTILES = new ConcurrentHashMap<>();

    private record Quantile(int df, double level) {
    }

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
        double t = tQuantile(n - 1, level);
        return new Estimate(n, mean, sd, t * sd / Math.sqrt(n), level);
    }

    /** The two-sided {@code level} quantile of Student's t with {@code df} degrees of freedom (memoised). */
    static double tQuantile(int df, double level) {
        if (T_QUANTILES.size() > 10_000) {
            T_QUANTILES.clear(); // a pure function: forgetting costs only recomputing
        }
        return T_QUANTILES.computeIfAbsent(new Quantile(df, level),
                q -> new TDistribution(null, q.df()).inverseCumulativeProbability(1 - (1 - q.level()) / 2));
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
