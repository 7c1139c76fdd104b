package org.ordercycle.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.experiment.discovery.ClassificationTree;
import org.ordercycle.experiment.discovery.Condition;
import org.ordercycle.experiment.discovery.Prim;
import org.ordercycle.policy.Policy;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link Discovery}: per design point whether the condition holds, the PRIM
 * peeling trajectory (alpha {@link Prim#ALPHA}, down to {@link #MIN_MASS} of the points) with the
 * chosen box, and a classification tree (Gini, depth {@link #TREE_DEPTH}, leaves of at least
 * {@link #minLeaf} points) with the leaves where the condition holds. Immutable.
 */
public final class DiscoveryResult {
    /** Smallest share of the points a PRIM box may hold. */
    public static final double MIN_MASS = 0.05;
    public static final int TREE_DEPTH = 3;

    private final Condition condition;
    private final List<String> parameters;
    private final Map<String, double[]> ranges;
    private final SweepResult sweep;
    private final double[][] x;
    private final double[] y;
    private final List<Prim.Box> trajectory;
    private final Prim.Box box;
    private final String choice;
    private final ClassificationTree tree;
    private final int minLeaf;

    private DiscoveryResult(Condition condition, List<String> parameters, Map<String, double[]> ranges,
                            SweepResult sweep, double[][] x, double[] y, Double threshold) {
        this.condition = condition;
        this.parameters = List.copyOf(parameters);
        this.ranges = Map.copyOf(ranges);
        this.sweep = sweep;
        this.x = x;
        this.y = y;
        this.trajectory = Prim.peel(x, y, Prim.ALPHA, MIN_MASS);
        this.box = threshold == null ? Prim.knee(trajectory) : Prim.choose(trajectory, threshold);
        this.choice = threshold == null ? "knee (closest to coverage 1 and density 1)"
                : "most covering box with density >= " + threshold;
        this.minLeaf = minLeaf(x.length);
        this.tree = ClassificationTree.grow(x, y, TREE_DEPTH, minLeaf);
    }

    static DiscoveryResult of(Condition condition, List<String> parameters, Map<String, double[]> ranges,
                              SweepResult sweep, Double threshold) {
        List<SweepResult.Point> points = sweep.points();
        double[][] x = new double[points.size()][parameters.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            SweepResult.Point p = points.get(i);
            for (int j = 0; j < parameters.size(); j++) {
                x[i][j] = Double.parseDouble(p.values().get(parameters.get(j)));
            }
            y[i] = condition.test((measure, policy) -> sweep.estimate(p.id(), Policy.preset(policy), measure).mean())
                    ? 1 : 0;
        }
        return new DiscoveryResult(condition, parameters, ranges, sweep, x, y, threshold);
    }

    /** Smallest leaf of the tree: 5 points, or 5% of them when more. */
    static int minLeaf(int points) {
        return Math.max(5, (int) Math.ceil(0.05 * points));
    }

    public Condition condition() {
        return condition;
    }

    public List<String> parameters() {
        return parameters;
    }

    public double[] range(String parameter) {
        return ranges.get(parameter).clone();
    }

    public SweepResult sweep() {
        return sweep;
    }

    /** Share of the points where the condition holds. */
    public double share() {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s / y.length;
    }

    public boolean holds(int point) {
        return y[point] > 0.5;
    }

    public double value(int point, int parameter) {
        return x[point][parameter];
    }

    public List<Prim.Box> trajectory() {
        return trajectory;
    }

    public Prim.Box box() {
        return box;
    }

    /** How the box was chosen. */
    public String choice() {
        return choice;
    }

    public ClassificationTree tree() {
        return tree;
    }

    public int minLeaf() {
        return minLeaf;
    }

    /** True when the box limits a parameter: its low end above the range's or its high end below. */
    public boolean restricts(Prim.Box b, int j) {
        return b.low()[j] > min(j) || b.high()[j] < max(j);
    }

    /** "a >= 0.2 and 0.5 <= b <= 0.9", over the restricted parameters; "anywhere in the ranges" when none. */
    public String limits(Prim.Box b) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < parameters.size(); j++) {
            boolean lo = b.low()[j] > min(j);
            boolean hi = b.high()[j] < max(j);
            String p = parameters.get(j);
            if (lo && hi) {
                parts.add(number(b.low()[j]) + " <= " + p + " <= " + number(b.high()[j]));
            } else if (lo) {
                parts.add(p + " >= " + number(b.low()[j]));
            } else if (hi) {
                parts.add(p + " <= " + number(b.high()[j]));
            }
        }
        return parts.isEmpty() ? "anywhere in the ranges" : String.join(" and ", parts);
    }

    /** The tree's rule as text: "a <= 0.6 and b > 0.5". */
    public String limits(ClassificationTree.Rule r) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < r.low().length; j++) {
            if (Double.isFinite(r.low()[j]) && Double.isFinite(r.high()[j])) {
                parts.add(number(r.low()[j]) + " < " + parameters.get(j) + " <= " + number(r.high()[j]));
            } else if (Double.isFinite(r.low()[j])) {
                parts.add(parameters.get(j) + " > " + number(r.low()[j]));
            } else if (Double.isFinite(r.high()[j])) {
                parts.add(parameters.get(j) + " <= " + number(r.high()[j]));
            }
        }
        return parts.isEmpty() ? "everywhere" : String.join(" and ", parts);
    }

    /** "\"cond\" holds when a >= 0.2 (coverage 0.82, density 0.95; 23 of 50 points)." */
    public String sentence() {
        if (share() == 0) {
            return String.format(Locale.ROOT, "\"%s\" holds at none of the %d points: no box to show",
                    condition.text(), x.length);
        }
        return String.format(Locale.ROOT, "\"%s\" holds when %s (coverage %.2f, density %.2f; box of %d of %d "
                        + "points, the condition holds at %d of them overall)", condition.text(), limits(box),
                box.coverage(), box.density(), box.points(), x.length, Math.round(share() * x.length));
    }

    private double min(int j) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : x) {
            m = Math.min(m, row[j]);
        }
        return m;
    }

    private double max(int j) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
            m = Math.max(m, row[j]);
        }
        return m;
    }

    static String number(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** points.csv: point, one column per parameter, holds (1 or 0). */
    public Table points() {
        Table t = Table.create("points", StringColumn.create(Columns.POINT));
        for (String p : parameters) {
            t.addColumns(DoubleColumn.create(p));
        }
        IntColumn holds = IntColumn.create("holds");
        for (int i = 0; i < x.length; i++) {
            t.stringColumn(Columns.POINT).append(sweep.points().get(i).id());
            for (int j = 0; j < parameters.size(); j++) {
                t.doubleColumn(parameters.get(j)).append(x[i][j]);
            }
            holds.append((int) y[i]);
        }
        return t.addColumns(holds);
    }

    /** trajectory.csv: step, coverage, density, mass, points, chosen, then low and high per parameter. */
    public Table trajectoryTable() {
        IntColumn step = IntColumn.create("step");
        DoubleColumn coverage = DoubleColumn.create("coverage");
        DoubleColumn density = DoubleColumn.create("density");
        DoubleColumn mass = DoubleColumn.create("mass");
        IntColumn n = IntColumn.create("points");
        IntColumn chosen = IntColumn.create("chosen");
        Table t = Table.create("trajectory", step, coverage, density, mass, n, chosen);
        for (String p : parameters) {
            t.addColumns(DoubleColumn.create("low:" + p), DoubleColumn.create("high:" + p));
        }
        for (int s = 0; s < trajectory.size(); s++) {
            Prim.Box b = trajectory.get(s);
            step.append(s);
            coverage.append(b.coverage());
            density.append(b.density());
            mass.append(b.mass());
            n.append(b.points());
            chosen.append(b == box ? 1 : 0);
            for (int j = 0; j < parameters.size(); j++) {
                t.doubleColumn("low:" + parameters.get(j)).append(b.low()[j]);
                t.doubleColumn("high:" + parameters.get(j)).append(b.high()[j]);
            }
        }
        return t;
    }

    /** rules.csv: the tree's leaves where the condition holds: rule, points, share. */
    public Table rulesTable() {
        StringColumn rule = StringColumn.create("rule");
        IntColumn n = IntColumn.create("points");
        DoubleColumn share = DoubleColumn.create("share");
        for (ClassificationTree.Rule r : tree.rules()) {
            rule.append(limits(r));
            n.append(r.points());
            share.append(r.share());
        }
        return Table.create("rules", rule, n, share);
    }
}
