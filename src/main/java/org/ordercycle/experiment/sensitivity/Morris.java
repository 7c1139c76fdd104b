package org.ordercycle.experiment.sensitivity;

import java.util.function.ToDoubleFunction;
import umontreal.ssj.rng.RandomStream;

/**
 * Morris elementary effects (Morris 1991, "Factorial sampling plans for preliminary computational
 * experiments", Technometrics 33(2):161-174) with the screening measures of Campolongo, Cariboni and
 * Saltelli (2007, "An effective screening design for sensitivity analysis of large models",
 * Environmental Modelling and Software 22:1509-1518): mu* (mean absolute effect, ranks importance)
 * and sigma (standard deviation of the effects: interaction or curvature). Works on any function of
 * the unit cube [0,1]^d. Stateless.
 */
public final class Morris {

    /**
     * A trajectory design: {@code trajectories} runs of d+1 points each; point k+1 of a trajectory
     * differs from point k only in dimension {@code moved[t][k]}, by plus or minus delta.
     *
     * @param points [trajectory * (d + 1) + step][dimension], in the unit cube
     * @param moved  [trajectory][step]: the dimension changed between point step and step + 1
     */
    public record Design(double[][] points, int[][] moved, int dimensions, int levels, double delta) {
        public int trajectories() {
            return moved.length;
        }
    }

    /**
     * The screening measures per dimension.
     *
     * @param mu     mean elementary effect (signed: effects of both signs cancel)
     * @param muStar mean absolute elementary effect (Campolongo et al. 2007)
     * @param sigma  sample standard deviation of the elementary effects (NaN with one trajectory)
     */
    public record Result(double[] mu, double[] muStar, double[] sigma) {
    }

    private Morris() {
    }

    /**
     * r random trajectories on a grid of {@code levels} levels (even, at least 2), step
     * delta = levels / (2 (levels - 1)) (Morris 1991): a random base point on the grid, every
     * dimension moved once in a random order and a random direction. Draws from {@code stream}
     * in a fixed order, so the design is a pure function of the stream.
     */
    public static Design trajectories(int dimensions, int r, int levels, RandomStream stream) {
        if (dimensions < 1 || r < 1 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("a Morris design needs d >= 1, r >= 1 and an even number of levels "
                    + ">= 2, was d=" + dimensions + ", r=" + r + ", levels=" + levels);
        }
        double delta = levels / (2.0 * (levels - 1));
        int d = dimensions;
        double[][] points = new double[r * (d + 1)][];
        int[][] moved = new int[r][d];
        for (int t = 0; t < r; t++) {
            double[] x = new double[d];
            boolean[] up = new boolean[d];
            for (int j = 0; j < d; j++) {
                // a base level from the lower half, so that base + delta stays on the grid
                x[j] = stream.nextInt(0, levels / 2 - 1) / (double) (levels - 1);
                up[j] = stream.nextDouble() < 0.5;
                if (!up[j]) {
                    x[j] += delta;
                }
            }
            int[] order = permutation(d, stream);
            points[t * (d + 1)] = x.clone();
            for (int k = 0; k < d; k++) {
                int j = order[k];
                x[j] += up[j] ? delta : -delta;
                x[j] = Math.max(0, Math.min(1, x[j]));
                points[t * (d + 1) + k + 1] = x.clone();
                moved[t][k] = j;
            }
        }
        return new Design(points, moved, d, levels, delta);
    }

    /** mu, mu* and sigma from the outputs y of the design's points, in the design's order. */
    public static Result analyse(Design design, double[] y) {
        int d = design.dimensions();
        int r = design.trajectories();
        if (y.length != design.points().length) {
            throw new IllegalArgumentException("expected " + design.points().length + " outputs, got " + y.length);
        }
        double[][] effects = new double[d][r];
        for (int t = 0; t < r; t++) {
            for (int k = 0; k < d; k++) {
                int row = t * (d + 1) + k;
                int j = design.moved()[t][k];
                double dx = design.points()[row + 1][j] - design.points()[row][j];
                effects[j][t] = (y[row + 1] - y[row]) / dx;
            }
        }
        double[] mu = new double[d];
        double[] muStar = new double[d];
        double[] sigma = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            double abs = 0;
            for (double e : effects[j]) {
                sum += e;
                abs += Math.abs(e);
            }
            mu[j] = sum / r;
            muStar[j] = abs / r;
            double ss = 0;
            for (double e : effects[j]) {
                ss += (e - mu[j]) * (e - mu[j]);
            }
            sigma[j] = r > 1 ? Math.sqrt(ss / (r - 1)) : Double.NaN;
        }
        return new Result(mu, muStar, sigma);
    }

    /** Runs a function on the design and analyses it. */
    public static Result analyse(Design design, ToDoubleFunction<double[]> f) {
        double[] y = new double[design.points().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(design.points()[i].clone());
        }
        return analyse(design, y);
    }

    private static int[] permutation(int n, RandomStream stream) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = stream.nextInt(0, i);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
