package org.ordercycle.verify;

import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The closed forms the engine is checked against. Pure functions of their arguments; thread
 * safe. Rates and times are in any consistent unit (the checks use days).
 */
public final class Theory {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Theory() {
    }

    /**
     * Erlang's C formula: the probability that an arrival waits in an M/M/c queue with offered
     * load {@code a} = lambda/mu (requires a < c).
     */
    public static double erlangC(int c, double a) {
        if (c < 1 || !(a > 0) || !(a < c)) {
            throw new IllegalArgumentException("Erlang C needs c >= 1 and 0 < a < c, was c = " + c + ", a = " + a);
        }
        double term = 1; // a^k / k!
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term / (1 - a / c); // a^c / c! / (1 - rho)
        return last / (sum + last);
    }

    /** Mean wait in queue of an M/M/c queue: C(c, a) / (c mu - lambda). */
    public static double mmcWait(double lambda, double mu, int c) {
        return erlangC(c, lambda / mu) / (c * mu - lambda);
    }

    /**
     * Pollaczek-Khinchine mean wait in queue of an M/G/1 queue: lambda E[S^2] / (2 (1 - rho)),
     * rho = lambda E[S] (requires rho < 1).
     */
    public static double pollaczekKhinchine(double lambda, double meanService, double secondMoment) {
        double rho = lambda * meanService;
        if (!(rho < 1)) {
            throw new IllegalArgumentException("M/G/1 needs rho < 1, was " + rho);
        }
        return lambda * secondMoment / (2 * (1 - rho));
    }

    /** The standard normal distribution function Phi(z). */
    public static double normalCdf(double z) {
        return STANDARD_NORMAL.cumulativeProbability(z);
    }

    /**
     * P(D <= s) for compound Poisson demand D = X_1 + ... + X_N, N Poisson with mean
     * {@code lambda}, X_i i.i.d. on the positive integers with probabilities {@code sizes}, by
     * Panjer's recursion (Panjer 1981): f(0) = exp(-lambda), f(k) = lambda/k sum_j j p_j f(k-j).
     */
    public static double compoundPoissonCdf(double lambda, Map<Integer, Double> sizes, int s) {
        if (!(lambda > 0) || lambda > 700) {
            throw new IllegalArgumentException("Panjer's recursion here needs 0 < lambda <= 700 (exp(-lambda) must not"
                    + " underflow), was " + lambda);
        }
        if (s < 0) {
            return 0;
        }
        double total = sizes.values().stream().mapToDouble(Double::doubleValue).sum();
        double[] f = new double[s + 1];
        f[0] = Math.exp(-lambda);
        double cdf = f[0];
        for (int k = 1; k <= s; k++) {
            double acc = 0;
            for (Map.Entry<Integer, Double> e : sizes.entrySet()) {
                int j = e.getKey();
                if (j >= 1 && j <= k) {
                    acc += j * e.getValue() / total * f[k - j];
                }
            }
            f[k] = lambda / k * acc;
            cdf += f[k];
        }
        return Math.min(1, cdf);
    }

    /**
     * Lower bound of Chen, Drezner, Ryan and Simchi-Levi (2000) on Var(q)/Var(D) with a
     * moving-average forecast over {@code p} periods and an order-up-to level covering
     * {@code lead} periods: 1 + 2L/p + 2L^2/p^2 (exact for i.i.d. demand, a known constant
     * sigma and orders that never go negative).
     */
    public static double chenBound(double lead, int p) {
        double r = lead / p;
        return 1 + 2 * r + 2 * r * r;
    }
}
