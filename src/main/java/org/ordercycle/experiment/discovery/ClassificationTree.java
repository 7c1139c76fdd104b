package org.ordercycle.experiment.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small classification tree (Breiman, Friedman, Olshen and Stone 1984, CART): binary splits
 * x_j <= t chosen by the largest decrease of Gini impurity, thresholds half-way between
 * neighbouring values, grown to a maximum depth with a minimum number of points per leaf, no
 * pruning. Classes are 0 and 1 (y > 0.5 counts as 1). Immutable once grown.
 */
public final class ClassificationTree {

    /**
     * A node: a leaf when {@code dimension} is -1.
     *
     * @param share share of class 1 among the node's points
     */
    public record Node(int dimension, double threshold, Node below, Node above, int points, double share) {
        public boolean leaf() {
            return dimension < 0;
        }
    }

    /**
     * A path from the root to a leaf where class 1 is the majority.
     *
     * @param low  lower limit per dimension (exclusive; -infinity when the path does not bound it)
     * @param high upper limit per dimension (inclusive; +infinity when not bounded)
     */
    public record Rule(double[] low, double[] high, int points, double share) {
    }

    private final Node root;

    private ClassificationTree(Node root) {
        this.root = root;
    }

    public Node root() {
        return root;
    }

    /** Grows a tree on the points x with classes y. */
    public static ClassificationTree grow(double[][] x, double[] y, int maxDepth, int minLeaf) {
        if (x.length == 0 || y.length != x.length) {
            throw new IllegalArgumentException("a tree needs as many classes as points, and at least one point");
        }
        if (maxDepth < 0 || minLeaf < 1) {
            throw new IllegalArgumentException("a tree needs maxDepth >= 0 and minLeaf >= 1, was " + maxDepth + ", "
                    + minLeaf);
        }
        int[] all = new int[x.length];
        Arrays.setAll(all, i -> i);
        return new ClassificationTree(node(x, y, all, maxDepth, minLeaf));
    }

    /** The leaves where class 1 is the majority, as boxes, in tree order. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        int d = dimensions(root);
        double[] low = new double[d];
        double[] high = new double[d];
        Arrays.fill(low, Double.NEGATIVE_INFINITY);
        Arrays.fill(high, Double.POSITIVE_INFINITY);
        collect(root, low, high, out);
        return out;
    }

    /** Every split, root first (depth-first, below before above). */
    public List<Node> splits() {
        List<Node> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<Node> out) {
        if (!n.leaf()) {
            out.add(n);
            walk(n.below(), out);
            walk(n.above(), out);
        }
    }

    private static int dimensions(Node n) {
        return n.leaf() ? 0 : Math.max(n.dimension() + 1, Math.max(dimensions(n.below()), dimensions(n.above())));
    }

    private static void collect(Node n, double[] low, double[] high, List<Rule> out) {
        if (n.leaf()) {
            if (n.share() > 0.5) {
                out.add(new Rule(low.clone(), high.clone(), n.points(), n.share()));
            }
            return;
        }
        int j = n.dimension();
        double oldHigh = high[j];
        high[j] = Math.min(high[j], n.threshold());
        collect(n.below(), low, high, out);
        high[j] = oldHigh;
        double oldLow = low[j];
        low[j] = Math.max(low[j], n.threshold());
        collect(n.above(), low, high, out);
        low[j] = oldLow;
    }

    private static Node node(double[][] x, double[] y, int[] rows, int depth, int minLeaf) {
        int ones = 0;
        for (int i : rows) {
            ones += y[i] > 0.5 ? 1 : 0;
        }
        double share = ones / (double) rows.length;
        Node leaf = new Node(-1, Double.NaN, null, null, rows.length, share);
        if (depth == 0 || rows.length < 2 * minLeaf || ones == 0 || ones == rows.length) {
            return leaf;
        }
        double parent = rows.length * gini(ones, rows.length);
        double bestGain = 1e-12;
        int bestDim = -1;
        double bestThreshold = Double.NaN;
        int d = x[rows[0]].length;
        for (int j = 0; j < d; j++) {
            final int jj = j;
            Integer[] order = Arrays.stream(rows).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> Double.compare(x[a][jj], x[b][jj]));
            int leftOnes = 0;
            for (int k = 0; k < order.length - 1; k++) {
                leftOnes += y[order[k]] > 0.5 ? 1 : 0;
                int left = k + 1;
                int right = order.length - left;
                double here = x[order[k]][j];
                double next = x[order[k + 1]][j];
                if (here == next || left < minLeaf || right < minLeaf) {
                    continue;
                }
                double impurity = left * gini(leftOnes, left) + right * gini(ones - leftOnes, right);
                if (parent - impurity > bestGain) {
                    bestGain = parent - impurity;
                    bestDim = j;
                    bestThreshold = (here + next) / 2;
                }
            }
        }
        if (bestDim < 0) {
            return leaf;
        }
        final int dim = bestDim;
        final double t = bestThreshold;
        int[] below = Arrays.stream(rows).filter(i -> x[i][dim] <= t).toArray();
        int[] above = Arrays.stream(rows).filter(i -> x[i][dim] > t).toArray();
        return new Node(dim, t, node(x, y, below, depth - 1, minLeaf), node(x, y, above, depth - 1, minLeaf),
                rows.length, share);
    }

    private static double gini(int ones, int n) {
        double p = ones / (double) n;
        return 2 * p * (1 - p);
    }
}
