package org.ordercycle.experiment.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.ordercycle.experiment.LatinHypercube;
import umontreal.ssj.rng.RandomStream;

/**
 * The sampling design of Saltelli et al. (2010, "Variance based sensitivity analysis of model
 * output. Design and estimator for the total sensitivity index", Computer Physics Communications
 * 181:259-270): two independent n x d matrices A and B, and for each dimension i the matrix
 * A_B^(i), which is A with column i taken from B. The model runs on every row of
 * {@link #points()}: A, then B, then A_B^(1) .. A_B^(d), n rows each, n (d + 2) in all.
 *
 * @param a n x d, in the unit cube
 * @param b n x d, in the unit cube
 */
public record Saltelli(double[][] a, double[][] b) {

    /**
     * A and B from the first n points (after the origin, which is skipped) of a 2d-dimensional
     * Sobol' low-discrepancy sequence (Commons Math, Joe and Kuo direction numbers): A takes the
     * first d coordinates and B the last d. Deterministic.
     */
    public static Saltelli sobolSequence(int n, int d) {
        check(n, d);
        SobolSequenceGenerator g = new SobolSequenceGenerator(2 * d);
        g.skipTo(1);
        return split(n, d, i -> g.nextVector());
    }

    /** A and B from one Latin hypercube of n points in 2d dimensions, drawn from {@code stream}. */
    public static Saltelli latinHypercube(int n, int d, RandomStream stream) {
        check(n, d);
        double[][] u = LatinHypercube.sample(n, 2 * d, stream);
        return split(n, d, i -> u[i]);
    }

    public int n() {
        return a.length;
    }

    public int dimensions() {
        return a[0].length;
    }

    /** Every point to run: A, B, then A_B^(i) for i = 1..d. */
    public double[][] points() {
        int n = n();
        int d = dimensions();
        double[][] all = new double[n * (d + 2)][];
        for (int k = 0; k < n; k++) {
            all[k] = a[k].clone();
            all[n + k] = b[k].clone();
            for (int i = 0; i < d; i++) {
                double[] row = a[k].clone();
                row[i] = b[k][i];
                all[(2 + i) * n + k] = row;
            }
        }
        return all;
    }

    private static Saltelli split(int n, int d, java.util.function.IntFunction<double[]> row) {
        double[][] a = new double[n][d];
        double[][] b = new double[n][d];
        for (int k = 0; k < n; k++) {
            double[] x = row.apply(k);
            System.arraycopy(x, 0, a[k], 0, d);
            System.arraycopy(x, d, b[k], 0, d);
        }
        return new Saltelli(a, b);
    }

    private static void check(int n, int d) {
        if (n < 2 || d < 1) {
            throw new IllegalArgumentException("a Saltelli design needs n >= 2 and d >= 1, was n=" + n + ", d=" + d);
        }
    }
}
