package org.ordercycle.stats;

/**
 * The P-square estimator as first written, with its markers in arrays: the reference that
 * {@link P2Quantile} (the same arithmetic on fields) must match bit for bit.
 *
 * Streaming estimate of one quantile with the P-square algorithm of Jain and Chlamtac (1985,
 * Communications of the ACM 28(10)): five markers, O(1) memory and time per observation.
 * Exact (order statistic of the sorted sample) up to five observations. Not thread safe.
 */
final class ReferenceP2Quantile {
    private final double p;
    private final double[] q = new double[5];
    private final double[] n = {0, 1, 2, 3, 4};
    private final double[] desired;
    private final double[] increment;
    private int count;

    ReferenceP2Quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1), was " + p);
        }
        this.p = p;
        this.desired = new double[] {0, 2 * p, 4 * p, 2 + 2 * p, 4};
        this.increment = new double[] {0, p / 2, p, (1 + p) / 2, 1};
    }

    public void add(double x) {
        if (count < 5) {
            q[count++] = x;
            if (count == 5) {
                java.util.Arrays.sort(q);
            }
            return;
        }
        count++;
        int k;
        if (x < q[0]) {
            q[0] = x;
            k = 0;
        } else if (x >= q[4]) {
            q[4] = Math.max(q[4], x);
            k = 3;
        } else {
            k = 0;
            while (k < 3 && x >= q[k + 1]) {
                k++;
            }
        }
        for (int i = k + 1; i < 5; i++) {
            n[i]++;
        }
        for (int i = 0; i < 5; i++) {
            desired[i] += increment[i];
        }
        for (int i = 1; i <= 3; i++) {
            double d = desired[i] - n[i];
            if ((d >= 1 && n[i + 1] - n[i] > 1) || (d <= -1 && n[i - 1] - n[i] < -1)) {
                int s = d >= 0 ? 1 : -1;
                double candidate = parabolic(i, s);
                if (q[i - 1] < candidate && candidate < q[i + 1]) {
                    q[i] = candidate;
                } else {
                    q[i] = q[i] + s * (q[i + s] - q[i]) / (n[i + s] - n[i]);
                }
                n[i] += s;
            }
        }
    }

    private double parabolic(int i, int s) {
        return q[i] + s / (n[i + 1] - n[i - 1])
                * ((n[i] - n[i - 1] + s) * (q[i + 1] - q[i]) / (n[i + 1] - n[i])
                + (n[i + 1] - n[i] - s) * (q[i] - q[i - 1]) / (n[i] - n[i - 1]));
    }

    /** The estimate; NaN before any observation. */
    public double value() {
        if (count == 0) {
            return Double.NaN;
        }
        if (count <= 5) {
            double[] sorted = java.util.Arrays.copyOf(q, count);
            java.util.Arrays.sort(sorted);
            int idx = (int) Math.ceil(p * count) - 1;
            return sorted[Math.max(0, Math.min(count - 1, idx))];
        }
        return q[2];
    }

    public int count() {
        return count;
    }
}
