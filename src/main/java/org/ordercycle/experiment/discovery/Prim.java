package org.ordercycle.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999, "Bump hunting in high-dimensional
 * data", Statistics and Computing 9:123-143), peeling only: starting from the box around every
 * point, each step removes the slice of at most a share {@code alpha} of the box's points at the
 * low or high end of one dimension, whichever leaves the highest mean of y in the box, until the
 * box holds fewer than {@code minMass} of all points. Each step is a box on the peeling
 * trajectory with its coverage (share of all y = 1 inside) and density (mean y inside). Works on
 * any data. Stateless.
 */
public final class Prim {
    /** Friedman and Fisher's usual peeling share. */
    public static final double ALPHA = 0.05;

    /**
     * One box of the trajectory.
     *
     * @param low      lower limit per dimension (inclusive)
     * @param high     upper limit per dimension (inclusive)
     * @param coverage share of the points with y = 1 (sum of y) that lie in the box
     * @param density  mean of y in the box
     * @param mass     share of all points in the box
     */
    public record Box(double[] low, double[] high, double coverage, double density, double mass, int points) {
    }

    private Prim() {
    }

    /**
     * The peeling trajectory, from the box around every point to the last box holding at least
     * {@code minMass} of the points. y is usually 0 or 1 (the condition holds or not).
     */
    public static List<Box> peel(double[][] x, double[] y, double alpha, double minMass) {
        int n = x.length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("PRIM needs as many outputs as points, and at least one point");
        }
        if (!(alpha > 0 && alpha < 1) || !(minMass > 0 && minMass <= 1)) {
            throw new IllegalArgumentException("PRIM needs 0 < alpha < 1 and 0 < minMass <= 1, was alpha=" + alpha
                    + ", minMass=" + minMass);
        }
        int d = x[0].length;
        double total = Arrays.stream(y).sum();
        double[] low = new double[d];
        double[] high = new double[d];
        for (int j = 0; j < d; j++) {
            final int jj = j;
            low[j] = Arrays.stream(x).mapToDouble(r -> r[jj]).min().orElse(0);
            high[j] = Arrays.stream(x).mapToDouble(r -> r[jj]).max().orElse(0);
        }
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inside.add(i);
        }
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(box(low, high, inside, y, total, n));
        while (total > 0) { // with y never 1 there is nothing to find
            double bestMean = Double.NEGATIVE_INFINITY;
            List<Integer> bestKept = null;
            int bestDim = -1;
            boolean bestLow = false;
            double bestLimit = 0;
            for (int j = 0; j < d; j++) {
                double[] v = new double[inside.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = x[inside.get(k)][j];
                }
                Arrays.sort(v);
                if (v.length < 2) {
                    continue;
                }
                int cut = Math.max(1, (int) Math.floor(alpha * v.length));
                for (boolean fromLow : new boolean[] {true, false}) {
                    // keep the points at or beyond the cut value: ties stay together
                    double limit = fromLow ? v[cut] : v[v.length - 1 - cut];
                    List<Integer> kept = new ArrayList<>();
                    double sum = 0;
                    for (int i : inside) {
                        if (fromLow ? x[i][j] >= limit : x[i][j] <= limit) {
                            kept.add(i);
                            sum += y[i];
                        }
                    }
                    if (kept.isEmpty() || kept.size() == inside.size() || kept.size() < minMass * n) {
                        continue;
                    }
                    double mean = sum / kept.size();
                    if (mean > bestMean) {
                        bestMean = mean;
                        bestKept = kept;
                        bestDim = j;
                        bestLow = fromLow;
                        bestLimit = limit;
                    }
                }
            }
            if (bestKept == null) {
                return trajectory;
            }
            if (bestLow) {
                low[bestDim] = bestLimit;
            } else {
                high[bestDim] = bestLimit;
            }
            inside = bestKept;
            trajectory.add(box(low, high, inside, y, total, n));
        }
        return trajectory;
    }

    /**
     * The box to report: of the boxes whose density reaches {@code threshold}, the one with the
     * highest coverage; when none reaches it, the densest box.
     */
    public static Box choose(List<Box> trajectory, double threshold) {
        Box best = null;
        for (Box b : trajectory) {
            if (b.density() >= threshold && (best == null || b.coverage() > best.coverage())) {
                best = b;
            }
        }
        if (best != null) {
            return best;
        }
        for (Box b : trajectory) {
            if (best == null || b.density() > best.density()) {
                best = b;
            }
        }
        return best;
    }

    /**
     * The knee of the trade-off curve: the box closest (Euclidean) to the ideal corner, coverage 1
     * and density 1, where neither more coverage nor more density comes cheap. When y is never 1
     * (coverage undefined), the first box.
     */
    public static Box knee(List<Box> trajectory) {
        Box best = trajectory.get(0);
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Box b : trajectory) {
            double distance = Math.hypot(1 - b.coverage(), 1 - b.density());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = b;
            }
        }
        return best;
    }

    private static Box box(double[] low, double[] high, List<Integer> inside, double[] y, double total, int n) {
        double sum = 0;
        for (int i : inside) {
            sum += y[i];
        }
        return new Box(low.clone(), high.clone(), total > 0 ? sum / total : Double.NaN, sum / inside.size(),
                inside.size() / (double) n, inside.size());
    }
}
