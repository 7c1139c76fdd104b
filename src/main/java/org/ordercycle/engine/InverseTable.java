package org.ordercycle.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import umontreal.ssj.probdist.ContinuousDistribution;

/**
 * A fast inverse distribution function for distributions whose exact inverse is slow (SSJ's
 * gamma inverse solves numerically, about a hundred microseconds per call): the cdf is
 * tabulated on a fine grid once, and a quantile is found by binary search and linear
 * interpolation; the far upper tail falls back to the exact inverse. Immutable and thread
 * safe; tables are memoised by distribution parameters (a pure function, so sharing them
 * between replications changes no result).
 */
final class InverseTable {
    private static final int POINTS = 8192;
    private static final Map<List<Object>, InverseTable> CACHE = new ConcurrentHashMap<>();

    private final ContinuousDistribution dist;
    private final double[] x;
    private final double[] cdf;

    private InverseTable(ContinuousDistribution dist, double upper) {
        this.dist = dist;
        x = new double[POINTS + 1];
        cdf = new double[POINTS + 1];
        for (int i = 0; i <= POINTS; i++) {
            x[i] = upper * i / POINTS;
            cdf[i] = dist.cdf(x[i]);
        }
    }

    /** The table of a non-negative distribution, built once per key. */
    static InverseTable of(List<Object> key, ContinuousDistribution dist) {
        return CACHE.computeIfAbsent(key, k -> new InverseTable(dist,
                dist.getMean() + 12 * dist.getStandardDeviation()));
    }

    double inverse(double u) {
        if (u >= cdf[POINTS]) {
            return dist.inverseF(u);
        }
        int i = Arrays.binarySearch(cdf, u);
        if (i >= 0) {
            return x[i];
        }
        int hi = -i - 1; // first index with cdf > u
        int lo = hi - 1;
        double span = cdf[hi] - cdf[lo];
        return span > 0 ? x[lo] + (u - cdf[lo]) / span * (x[hi] - x[lo]) : x[lo];
    }
}
