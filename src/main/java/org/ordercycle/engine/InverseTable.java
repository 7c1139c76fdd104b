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
 * between replications changes no result), at most {@link #MAX_TABLES} of them.
 */
final class InverseTable {
    private static final int POINTS = 8192;
    /** Buckets of the guide table: uniforms in [k/GUIDE, (k+1)/GUIDE) search between guide[k] and guide[k+1]. */
    private static final int GUIDE = 4096;
    private static final Map<List<Object>, InverseTable> CACHE = new ConcurrentHashMap<>();
    /** Tables kept at most (about 5 MB): far more than one scenario has distributions. */
    static final int MAX_TABLES = 64;

    private final ContinuousDistribution dist;
    /**
     * Upper end of the grid: point i is {@code upper * i / POINTS} (computed, not stored: one
     * array less to miss in the cache).
     */
    private final double upper;
    private final double[] cdf;
    /** guide[k]: the first index whose cdf exceeds k / GUIDE (POINTS + 1 if none). */
    private final int[] guide;

    private InverseTable(ContinuousDistribution dist, double upper) {
        this.dist = dist;
        this.upper = upper;
        cdf = new double[POINTS + 1];
        for (int i = 0; i <= POINTS; i++) {
            cdf[i] = dist.cdf(x(i));
        }
        guide = new int[GUIDE + 1];
        int i = 0;
        for (int k = 0; k <= GUIDE; k++) {
            double level = (double) k / GUIDE;
            while (i <= POINTS && cdf[i] <= level) {
                i++;
            }
            guide[k] = i;
        }
    }

    /** Grid point i. */
    private double x(int i) {
        return upper * i / POINTS;
    }

    /** The table of a non-negative distribution, built once per key. */
    static InverseTable of(List<Object> key, ContinuousDistribution dist) {
        if (CACHE.size() >= MAX_TABLES && !CACHE.containsKey(key)) {
            // a long sweep over a distribution's parameters would otherwise keep every table (80 kB
            // each); starting afresh costs only rebuilding, since a table is a pure function of its key
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(key, k -> new InverseTable(dist,
                dist.getMean() + 12 * dist.getStandardDeviation()));
    }

    double inverse(double u) {
        if (u >= cdf[POINTS]) {
            return dist.inverseF(u);
        }
        // first index with cdf > u, searched between the guides of u's bucket; the same index as
        // the insertion point of Arrays.binarySearch, which a sorted array makes unique
        // (u * GUIDE is exact: GUIDE is a power of two)
        int k = (int) (u * GUIDE);
        int lo = guide[k]; // every cdf before lo is <= k / GUIDE <= u
        int hi = Math.min(guide[k + 1], POINTS); // cdf[guide[k + 1]] > (k + 1) / GUIDE > u, and cdf[POINTS] > u
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (hi > 0 && cdf[hi - 1] == u) {
            // u is in the table: keep the very index binarySearch finds among equal values
            int i = Arrays.binarySearch(cdf, u);
            return x(i);
        }
        lo = hi - 1;
        double span = cdf[hi] - cdf[lo];
        return span > 0 ? x(lo) + (u - cdf[lo]) / span * (x(hi) - x(lo)) : x(lo);
    }

    /**
     * {@link #inverse} by a plain binary search over the whole table: the reference the guided
     * search must match bit for bit.
     */
    double inverseByBinarySearch(double u) {
        if (u >= cdf[POINTS]) {
            return dist.inverseF(u);
        }
        int i = Arrays.binarySearch(cdf, u);
        if (i >= 0) {
            return x(i);
        }
        int hi = -i - 1; // first index with cdf > u
        int lo = hi - 1;
        double span = cdf[hi] - cdf[lo];
        return span > 0 ? x(lo) + (u - cdf[lo]) / span * (x(hi) - x(lo)) : x(lo);
    }

    /** The tabulated cdf value at index i (for tests). */
    double cdfAt(int i) {
        return cdf[i];
    }

    /** Tables in the memo now (for tests). */
    static int cached() {
        return CACHE.size();
    }

    static int points() {
        return POINTS;
    }
}
