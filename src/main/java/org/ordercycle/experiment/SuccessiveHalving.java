package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Successive halving (Karnin, Koren and Somekh 2013) on common random numbers: every candidate
 * runs replications 0..n0-1; the better half (rounded up) survives and runs up to 2*n0, and so
 * on until no more than the wanted number of finalists survive a round: they are the finalists. Each round ranks on all the
 * replications a survivor has, which are the same replication indices for every candidate, so
 * the ranking works on paired observations.
 *
 * <p>With a budget, a candidate whose mean constraint value exceeds the budget is infeasible:
 * feasible candidates rank first (higher objective first), infeasible ones after them (lower
 * constraint mean first). Ties keep the candidate order, so the outcome does not depend on
 * threads. Not thread safe.
 */
public final class SuccessiveHalving {

    /** Observations of candidates over replications {@code from..to-1}: one row per candidate asked. */
    @FunctionalInterface
    public interface Source {
        double[][] observe(int[] candidates, int from, int to);
    }

    /**
     * One round: the candidates it ranked, the replications each had, their means and whether
     * they met the budget, and which of them survived.
     */
    public record Round(int round, int replications, int[] candidates, double[] objective, double[] constraint,
                        boolean[] feasible, boolean[] survived) {
    }

    /** The rounds in order and the finalists (indices into the candidate list, best first). */
    public record Outcome(List<Round> rounds, int[] finalists) {
    }

    private final int candidates;
    private final int firstReplications;
    private final int finalists;

    /**
     * @param candidates        how many candidates (at least 1)
     * @param firstReplications replications of every candidate in round 1 (at least 2)
     * @param finalists         halving stops once at most this many remain (at least 1)
     */
    public SuccessiveHalving(int candidates, int firstReplications, int finalists) {
        if (candidates < 1 || firstReplications < 2 || finalists < 1) {
            throw new IllegalArgumentException("successive halving needs at least 1 candidate, 2 first "
                    + "replications and 1 finalist; was " + candidates + ", " + firstReplications + ", " + finalists);
        }
        this.candidates = candidates;
        this.firstReplications = firstReplications;
        this.finalists = finalists;
    }

    /** Runs without a budget: every candidate is feasible. */
    public Outcome run(Source objective) {
        return run(objective, null, Double.POSITIVE_INFINITY);
    }

    /**
     * @param objective  higher is better
     * @param constraint the budgeted quantity, or null for none
     * @param budget     a candidate is feasible when its constraint mean is at most this
     */
    public Outcome run(Source objective, Source constraint, double budget) {
        int[] alive = new int[candidates];
        Arrays.setAll(alive, i -> i);
        double[] objSum = new double[candidates];
        double[] conSum = new double[candidates];
        int done = 0;
        int target = firstReplications;
        List<Round> rounds = new ArrayList<>();
        while (true) {
            add(objSum, objective.observe(alive, done, target), alive);
            if (constraint != null) {
                add(conSum, constraint.observe(alive, done, target), alive);
            }
            int n = target;
            double[] obj = new double[alive.length];
            double[] con = new double[alive.length];
            boolean[] ok = new boolean[alive.length];
            for (int i = 0; i < alive.length; i++) {
                obj[i] = objSum[alive[i]] / n;
                con[i] = constraint == null ? Double.NaN : conSum[alive[i]] / n;
                ok[i] = constraint == null || con[i] <= budget;
            }
            Integer[] order = rank(obj, con, ok);
            int keep = alive.length <= finalists ? alive.length : Math.max(finalists, (alive.length + 1) / 2);
            boolean last = keep <= finalists;
            boolean[] survived = new boolean[alive.length];
            int[] next = new int[keep];
            for (int j = 0; j < keep; j++) {
                survived[order[j]] = true;
                next[j] = alive[order[j]];
            }
            rounds.add(new Round(rounds.size() + 1, n, alive.clone(), obj, con, ok, survived));
            if (last) {
                return new Outcome(rounds, next);
            }
            alive = next;
            done = target;
            target = 2 * target;
        }
    }

    private static void add(double[] sums, double[][] rows, int[] alive) {
        for (int i = 0; i < alive.length; i++) {
            for (double v : rows[i]) {
                sums[alive[i]] += v;
            }
        }
    }

    /** Positions best first: feasible by objective (higher first), then infeasible by constraint (lower first). */
    private static Integer[] rank(double[] obj, double[] con, boolean[] ok) {
        Integer[] order = new Integer[obj.length];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> byFeasible = Comparator.comparing(i -> !ok[i]);
        Arrays.sort(order, byFeasible.thenComparing((a, b) -> ok[a]
                ? Double.compare(key(obj[b]), key(obj[a])) : Double.compare(con[a], con[b])));
        return order;
    }

    /** A missing objective ranks last. */
    private static double key(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
