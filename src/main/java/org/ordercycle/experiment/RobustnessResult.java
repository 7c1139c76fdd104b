package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Assumption;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The verdicts of a {@link Robustness} run. At each design point a conclusion <em>holds</em> when
 * the 95 % interval of the paired difference joint - siloed lies wholly on the side it claims,
 * is <em>reversed</em> when it lies wholly on the other side, and is <em>unclear</em> otherwise.
 * The share of points where it holds estimates the share of the assumed ranges (by volume) where
 * it holds; its interval is Wilson's score interval, which is valid for independent uniform points
 * and conservative for a Latin hypercube, whose variance for such a share is at most n/(n-1)
 * times that of independent points (Owen 1997). Which assumption a conclusion depends on most is
 * the one whose values are most rank-correlated (Spearman) with the difference across points.
 */
public final class RobustnessResult {
    /** Verdict of a conclusion at one point. */
    public enum Verdict { holds, unclear, reversed }

    /** One conclusion over the whole design. */
    public record Summary(Robustness.Conclusion conclusion, int points, int holds, int unclear, int reversed,
                          double shareLow, double shareHigh, String strongestAssumption, double rankCorrelation) {
        public double share() {
            return (double) holds / points;
        }
    }

    private static final double Z95 = 1.959963984540054;
    private final SweepResult sweep;
    private final List<Assumption> assumptions;

    RobustnessResult(SweepResult sweep, List<Assumption> assumptions) {
        this.sweep = sweep;
        this.assumptions = List.copyOf(assumptions);
    }

    public SweepResult sweep() {
        return sweep;
    }

    public List<Assumption> assumptions() {
        return assumptions;
    }

    /** Paired difference joint - siloed of a conclusion's measure at a point, replication by replication. */
    public Estimate difference(String pointId, Robustness.Conclusion c) {
        List<ReplicationResult> siloed = sweep.results(pointId, Policy.SILOED);
        List<ReplicationResult> joint = sweep.results(pointId, Policy.JOINT);
        double[] d = new double[siloed.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = joint.get(i).values().getOrDefault(c.measure().key(), Double.NaN)
                    - siloed.get(i).values().getOrDefault(c.measure().key(), Double.NaN);
        }
        return Estimate.of(d, 0.95);
    }

    /** The verdict of a conclusion at a point. */
    public Verdict verdict(String pointId, Robustness.Conclusion c) {
        return verdict(difference(pointId, c), c);
    }

    private static Verdict verdict(Estimate e, Robustness.Conclusion c) {
        if (!e.excludesZero()) {
            return Verdict.unclear;
        }
        return Math.signum(e.mean()) == c.better() ? Verdict.holds : Verdict.reversed;
    }

    /** Every headline conclusion over the design. */
    public List<Summary> summaries() {
        List<Summary> list = new ArrayList<>();
        for (Robustness.Conclusion c : Robustness.HEADLINES) {
            list.add(summary(c));
        }
        return list;
    }

    public Summary summary(Robustness.Conclusion c) {
        int[] count = new int[Verdict.values().length];
        List<SweepResult.Point> points = sweep.points();
        double[] means = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Estimate e = difference(points.get(i).id(), c);
            count[verdict(e, c).ordinal()]++;
            means[i] = e.mean();
        }
        double[] wilson = wilson(count[Verdict.holds.ordinal()], points.size());
        String strongest = "";
        double rho = Double.NaN;
        for (String parameter : sweep.parameters()) {
            double r = rankCorrelation(parameter, means);
            if (Double.isFinite(r) && (Double.isNaN(rho) || Math.abs(r) > Math.abs(rho))) {
                strongest = parameter;
                rho = r;
            }
        }
        return new Summary(c, points.size(), count[Verdict.holds.ordinal()], count[Verdict.unclear.ordinal()],
                count[Verdict.reversed.ordinal()], wilson[0], wilson[1], strongest, rho);
    }

    /** Spearman's rank correlation of a parameter's values with the differences; NaN when either is constant. */
    private double rankCorrelation(String parameter, double[] means) {
        double[] x = new double[means.length];
        List<SweepResult.Point> points = sweep.points();
        for (int i = 0; i < x.length; i++) {
            Double v = SweepResult.number(points.get(i).values().get(parameter));
            if (v == null || !Double.isFinite(means[i])) {
                return Double.NaN;
            }
            x[i] = v;
        }
        double r = new SpearmansCorrelation().correlation(x, means);
        return Double.isFinite(r) ? r : Double.NaN;
    }

    /** Wilson's 95 % score interval for k successes out of n. */
    static double[] wilson(int k, int n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** One row per conclusion: what it claims, how often it holds, and what it depends on most. */
    public Table conclusionsTable() {
        StringColumn name = StringColumn.create("conclusion");
        StringColumn claim = StringColumn.create("claim");
        StringColumn measure = StringColumn.create("measure");
        IntColumn n = IntColumn.create("points");
        IntColumn holds = IntColumn.create("holds");
        IntColumn unclear = IntColumn.create("unclear");
        IntColumn reversed = IntColumn.create("reversed");
        DoubleColumn share = DoubleColumn.create("share_holds");
        DoubleColumn low = DoubleColumn.create("share_low");
        DoubleColumn high = DoubleColumn.create("share_high");
        StringColumn strongest = StringColumn.create("strongest_assumption");
        DoubleColumn rho = DoubleColumn.create("rank_correlation");
        for (Summary s : summaries()) {
            name.append(s.conclusion().name());
            claim.append(s.conclusion().claim());
            measure.append(s.conclusion().measure().key());
            n.append(s.points());
            holds.append(s.holds());
            unclear.append(s.unclear());
            reversed.append(s.reversed());
            share.append(s.share());
            low.append(s.shareLow());
            high.append(s.shareHigh());
            strongest.append(s.strongestAssumption());
            rho.append(s.rankCorrelation());
        }
        return Table.create("robustness", name, claim, measure, n, holds, unclear, reversed, share, low, high,
                strongest, rho);
    }

    /** One row per point and conclusion: the point's assumption values, the paired difference and the verdict. */
    public Table pointsTable() {
        StringColumn point = StringColumn.create("point");
        List<DoubleColumn> params = new ArrayList<>();
        sweep.parameters().forEach(p -> params.add(DoubleColumn.create(p)));
        StringColumn name = StringColumn.create("conclusion");
        StringColumn measure = StringColumn.create("measure");
        DoubleColumn mean = DoubleColumn.create("difference");
        DoubleColumn low = DoubleColumn.create("ci_low");
        DoubleColumn high = DoubleColumn.create("ci_high");
        StringColumn verdict = StringColumn.create("verdict");
        for (SweepResult.Point p : sweep.points()) {
            for (Robustness.Conclusion c : Robustness.HEADLINES) {
                point.append(p.id());
                for (int i = 0; i < params.size(); i++) {
                    Double v = SweepResult.number(p.values().get(sweep.parameters().get(i)));
                    params.get(i).append(v == null ? Double.NaN : v);
                }
                Estimate e = difference(p.id(), c);
                name.append(c.name());
                measure.append(c.measure().key());
                mean.append(e.mean());
                low.append(e.low());
                high.append(e.high());
                verdict.append(verdict(e, c).name());
            }
        }
        Table t = Table.create("points", point);
        params.forEach(t::addColumns);
        return t.addColumns(name, measure, mean, low, high, verdict);
    }

    /** The assumptions varied: path, low, high and why. */
    public Table assumptionsTable() {
        StringColumn path = StringColumn.create("path");
        DoubleColumn low = DoubleColumn.create("low");
        DoubleColumn high = DoubleColumn.create("high");
        StringColumn why = StringColumn.create("why");
        for (Assumption a : assumptions) {
            path.append(a.path());
            low.append(a.low());
            high.append(a.high());
            why.append(a.why());
        }
        return Table.create("assumptions", path, low, high, why);
    }
}
