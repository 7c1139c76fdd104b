package org.ordercycle.bench;

import java.util.Arrays;

/** The median the bench reports of its rounds. */
final class Stats {
    private Stats() {
    }

    /** The median (the mean of the middle two for an even count); NaN when empty. */
    static double median(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }
}
