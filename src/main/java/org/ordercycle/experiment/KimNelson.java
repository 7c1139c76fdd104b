package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Kim and Nelson's (2001) fully sequential procedure KN for selecting the system with the
 * largest mean, on common random numbers: the variance of every pairwise difference is
 * estimated from a first stage of n0 replications, and after each further replication a
 * contender whose running sum of differences against another falls below the triangular
 * continuation region is eliminated. With normal observations the system kept is the best with
 * probability at least 1 - alpha whenever the best mean exceeds every other by at least delta
 * (the indifference zone); inside the zone any system may be kept.
 * <p>
 * The procedure only sees numbers through a {@link Source}, so it runs on simulated policies and
 * on synthetic ones alike. Decisions are taken after each whole stage, system by system in index
 * order: the result depends only on the observations, never on how they were computed.
 * Values are oriented so that higher is better (negate a cost before). Not thread safe.
 */
public final class KimNelson {
    /** Kim and Nelson's constant c of the continuation region; c = 1 is their recommended choice. */
    static final double C = 1;

    /** Where observations come from: values[s][j] of system {@code systems[s]} at replication from + j. */
    @FunctionalInterface
    public interface Source {
        double[][] observe(int[] systems, int from, int to);
    }

    /** One elimination: at stage r (observations per survivor), system was out-run by another. */
    public record Elimination(int system, int by, int replications, double sumOfDifferences, double bound) {
    }

    /**
     * The outcome.
     *
     * @param best          index of the system selected
     * @param eta           Kim and Nelson's eta
     * @param hSquared      h^2 = 2 c eta (n0 - 1)
     * @param replications  observations taken of each system (eliminated systems have fewer)
     * @param means         each system's mean over its own observations
     * @param variances     S^2_il, the first-stage variance of the difference of systems i and l
     * @param eliminations  in the order they happened
     * @param capped        true when the maximum was reached with several survivors: the best mean
     *                      among them is selected and the probability guarantee does not hold
     * @param survivors     systems not eliminated when the procedure stopped
     */
    public record Outcome(int best, double eta, double hSquared, int[] replications, double[] means,
                         double[][] variances, List<Elimination> eliminations, boolean capped, List<Integer> survivors) {
    }

    private final int systems;
    private final double delta;
    private final double alpha;
    private final int firstStage;
    private final int maxReplications;

    /**
     * @param systems         k >= 2
     * @param delta           indifference zone, > 0, in the units of the observations
     * @param pcs             target probability of correct selection, in (1/k, 1)
     * @param firstStage      n0 >= 2
     * @param maxReplications most observations of a system, >= n0
     */
    public KimNelson(int systems, double delta, double pcs, int firstStage, int maxReplications) {
        if (systems < 2) {
            throw new IllegalArgumentException("at least two systems are needed, was " + systems);
        }
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("delta must be > 0, was " + delta);
        }
        if (!(pcs > 1.0 / systems && pcs < 1)) {
            throw new IllegalArgumentException("pcs must lie above 1/k = " + 1.0 / systems + " and below 1, was " + pcs);
        }
        if (firstStage < 2 || maxReplications < firstStage) {
            throw new IllegalArgumentException("need 2 <= first stage <= max replications, were " + firstStage
                    + " and " + maxReplications);
        }
        this.systems = systems;
        this.delta = delta;
        this.alpha = 1 - pcs;
        this.firstStage = firstStage;
        this.maxReplications = maxReplications;
    }

    /** eta = ((2 alpha / (k - 1))^(-2 / (n0 - 1)) - 1) / 2 (Kim and Nelson 2001, procedure KN, setup). */
    public static double eta(int systems, double alpha, int firstStage) {
        return 0.5 * (Math.pow(2 * alpha / (systems - 1), -2.0 / (firstStage - 1)) - 1);
    }

    public Outcome run(Source source) {
        int k = systems;
        int n0 = firstStage;
        double eta = eta(k, alpha, n0);
        double h2 = 2 * C * eta * (n0 - 1);
        int[] all = new int[k];
        for (int i = 0; i < k; i++) {
            all[i] = i;
        }
        double[][] first = checked(source.observe(all, 0, n0), all, 0, n0);
        double[] sums = new double[k];
        int[] count = new int[k];
        for (int i = 0; i < k; i++) {
            for (double v : first[i]) {
                sums[i] += v;
            }
            count[i] = n0;
        }
        double[][] s2 = variances(first);
        boolean[] alive = new boolean[k];
        java.util.Arrays.fill(alive, true);
        List<Elimination> eliminations = new ArrayList<>();
        int r = n0;
        while (true) {
            screen(r, sums, s2, h2, alive, eliminations);
            int[] survivors = survivors(alive);
            if (survivors.length == 1 || r >= maxReplications) {
                double[] means = new double[k];
                for (int i = 0; i < k; i++) {
                    means[i] = sums[i] / count[i];
                }
                int best = survivors[0];
                for (int s : survivors) {
                    if (means[s] > means[best]) {
                        best = s;
                    }
                }
                List<Integer> kept = new ArrayList<>();
                for (int s : survivors) {
                    kept.add(s);
                }
                return new Outcome(best, eta, h2, count, means, s2, List.copyOf(eliminations), survivors.length > 1,
                        List.copyOf(kept));
            }
            double[][] next = checked(source.observe(survivors, r, r + 1), survivors, r, r + 1);
            for (int s = 0; s < survivors.length; s++) {
                sums[survivors[s]] += next[s][0];
                count[survivors[s]]++;
            }
            r++;
        }
    }

    /**
     * Eliminates each survivor i whose running sum of differences against some other survivor l,
     * sum_j (X_ij - X_lj), falls below -r W_il(r), where r W_il(r) = max(0, (delta / (2 c))
     * (h^2 S^2_il / delta^2 - r)) is the half-width of the triangular continuation region.
     * Every comparison is against the survivors of the previous stage, as in the procedure, so the
     * order of the systems does not matter (the one recorded as "by" is the first in index order).
     */
    private void screen(int r, double[] sums, double[][] s2, double h2, boolean[] alive, List<Elimination> out) {
        boolean[] before = alive.clone();
        for (int i = 0; i < systems; i++) {
            if (!before[i]) {
                continue;
            }
            for (int l = 0; l < systems; l++) {
                if (l == i || !before[l]) {
                    continue;
                }
                double bound = Math.max(0, delta / (2 * C) * (h2 * s2[i][l] / (delta * delta) - r));
                double difference = sums[i] - sums[l];
                if (difference < -bound) {
                    alive[i] = false;
                    out.add(new Elimination(i, l, r, difference, bound));
                    break;
                }
            }
        }
    }

    /**
     * Constrained intervals for multiple comparisons with the best (Hsu 1984), for
     * mu_i - max over l != i of mu_l: [min(0, D_i - delta), max(0, D_i + delta)] with
     * D_i = mean_i - max over l != i of mean_l, each system's mean over its own observations.
     * This is the form Kim and Nelson give for selection procedures with an indifference zone;
     * an upper limit of 0 says the system is not the best, a lower limit of 0 that it is.
     * Returns {lower, upper} per system, oriented so that higher is better.
     */
    public static double[][] mcb(double[] means, double delta) {
        int k = means.length;
        double[][] ci = new double[k][2];
        for (int i = 0; i < k; i++) {
            double others = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < k; l++) {
                if (l != i) {
                    others = Math.max(others, means[l]);
                }
            }
            double d = means[i] - others;
            ci[i][0] = Math.min(0, d - delta);
            ci[i][1] = Math.max(0, d + delta);
        }
        return ci;
    }

    /** S^2_il = sum_j (X_ij - X_lj - (mean_i - mean_l))^2 / (n0 - 1): the variance of the paired difference. */
    static double[][] variances(double[][] first) {
        int k = first.length;
        int n = first[0].length;
        double[][] s2 = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = i + 1; l < k; l++) {
                double mean = 0;
                for (int j = 0; j < n; j++) {
                    mean += first[i][j] - first[l][j];
                }
                mean /= n;
                double ss = 0;
                for (int j = 0; j < n; j++) {
                    double d = first[i][j] - first[l][j] - mean;
                    ss += d * d;
                }
                s2[i][l] = s2[l][i] = ss / (n - 1);
            }
        }
        return s2;
    }

    private static int[] survivors(boolean[] alive) {
        int n = 0;
        for (boolean a : alive) {
            n += a ? 1 : 0;
        }
        int[] s = new int[n];
        int j = 0;
        for (int i = 0; i < alive.length; i++) {
            if (alive[i]) {
                s[j++] = i;
            }
        }
        return s;
    }

    private static double[][] checked(double[][] values, int[] systems, int from, int to) {
        if (values.length != systems.length) {
            throw new IllegalStateException("the source returned " + values.length + " systems, not " + systems.length);
        }
        for (int s = 0; s < systems.length; s++) {
            if (values[s].length != to - from) {
                throw new IllegalStateException("the source returned " + values[s].length + " values, not " + (to - from));
            }
            for (int j = 0; j < values[s].length; j++) {
                if (!Double.isFinite(values[s][j])) {
                    throw new IllegalArgumentException("system " + systems[s] + " has no value at replication "
                            + (from + j) + " (" + values[s][j] + "): a selection needs a value in every replication");
                }
            }
        }
        return values;
    }
}
