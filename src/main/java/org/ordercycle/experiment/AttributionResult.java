package org.ordercycle.experiment;

import static org.ordercycle.experiment.Columns.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ordercycle.io.ValueKey;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.Setting;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of an {@link Attribution}. An effect is the mean of a measure with the lever (or
 * the product of two levers) at its high setting (+1; joint by default) minus its mean at its low
 * setting (-1; siloed by default), over the design points,
 * estimated per replication and averaged with a Student-t interval across replications. A
 * one-at-a-time difference is the paired difference, replication by replication, between a base
 * (the low corner, every lever at -1, or the high corner; siloed and joint by default) and the
 * base with one lever switched. Effects are computed for the primary
 * measures ({@link Experiment#PRIMARY}), company-wide. Immutable.
 */
public final class AttributionResult {
    public static final String TERM = "term";
    public static final String ALIASES = "aliases";
    public static final String EFFECT = "effect";
    public static final String BASE = "base";
    public static final String LEVER = "lever";
    public static final String DIFFERENCE = "difference";

    /** An effect of a term on a measure. */
    public record Effect(Measure measure, Effects.Term term) {
    }

    /** A one-at-a-time difference: {@code base} with {@code lever} switched, minus {@code base}. */
    public record Switch(Measure measure, Policy base, Lever lever, Estimate difference) {
    }

    private final String scenario;
    /** The scenario's currency, in which money is shown. */
    private final String currency;
    private final Design design;
    private final TwoLevels levels;
    private final List<Policy> points;
    private final List<Policy> runs;
    private final Map<Map<Lever, Setting>, List<ReplicationResult>> byLevers;
    private final int replications;
    private final double level;
    private final Warmup.Choice warmup;
    private final List<Effect> effects = new ArrayList<>();
    private final List<Switch> switches = new ArrayList<>();

    AttributionResult(String scenario, String currency, Design design, TwoLevels levels, List<Policy> runs,
                      Map<Map<Lever, Setting>, List<ReplicationResult>> byLevers, int replications, double level,
                      Warmup.Choice warmup) {
        this.scenario = scenario;
        this.currency = currency;
        this.design = design;
        this.levels = levels;
        this.points = levels.points(design);
        this.runs = List.copyOf(runs);
        this.byLevers = Map.copyOf(byLevers);
        this.replications = replications;
        this.level = level;
        this.warmup = warmup;
        List<String> names = new ArrayList<>();
        for (Lever l : levels.factors()) {
            names.add(l.cliName());
        }
        for (Measure m : Experiment.PRIMARY) {
            double[][] y = new double[replications][points.size()];
            for (int i = 0; i < points.size(); i++) {
                double[] v = values(points.get(i), m.key());
                for (int r = 0; r < replications; r++) {
                    y[r][i] = v[r];
                }
            }
            Effects.estimate(design, names, y, level).forEach(t -> effects.add(new Effect(m, t)));
            for (Policy base : List.of(levels.lowCorner(), levels.highCorner())) {
                double[] b = values(base, m.key());
                for (Lever lever : levels.factors()) {
                    double[] s = values(levels.switched(base, lever), m.key());
                    double[] d = new double[replications];
                    for (int r = 0; r < replications; r++) {
                        d[r] = s[r] - b[r];
                    }
                    switches.add(new Switch(m, base, lever, Estimate.of(d, level)));
                }
            }
        }
    }

    public String scenario() {
        return scenario;
    }

    /**
     * The attribution's tables by file name: effects.csv, one_at_a_time.csv, results.csv and
     * units.csv (money in the scenario's currency).
     */
    public Map<String, Table> tables() {
        Map<String, Table> t = new java.util.LinkedHashMap<>();
        t.put("effects.csv", effectsTable());
        t.put("one_at_a_time.csv", oneAtATimeTable());
        t.put("results.csv", resultsTable());
        t.put("units.csv", ReportTables.units(currency));
        return t;
    }

    public Design design() {
        return design;
    }

    /** The pair of settings of each lever; its factors are the design's, in order. */
    public TwoLevels levels() {
        return levels;
    }

    /** The design points' policies, in run order. */
    public List<Policy> points() {
        return points;
    }

    /** Every policy that was run (design points, then the one-at-a-time policies not among them). */
    public List<Policy> runs() {
        return runs;
    }

    public int replications() {
        return replications;
    }

    public Warmup.Choice warmup() {
        return warmup;
    }

    /** Observations of a value key under a policy's lever settings, one per replication. */
    public double[] values(Policy policy, String key) {
        List<ReplicationResult> rs = byLevers.get(policy.levers());
        if (rs == null) {
            throw new IllegalArgumentException("policy " + policy.name() + " was not run");
        }
        double[] v = new double[rs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.get(i).values().getOrDefault(key, Double.NaN);
        }
        return v;
    }

    /** Every effect: per primary measure, the main effects then the interaction chains. */
    public List<Effect> effects() {
        return List.copyOf(effects);
    }

    /** The main effects on a measure, strongest (largest |effect|) first. */
    public List<Effect> ranking(Measure m) {
        return effects.stream().filter(e -> e.measure() == m && !e.term().interaction())
                .sorted(Comparator.comparingDouble((Effect e) -> -Math.abs(e.term().estimate().mean()))).toList();
    }

    /** The interaction chains of a measure, strongest first. */
    public List<Effect> interactions(Measure m) {
        return effects.stream().filter(e -> e.measure() == m && e.term().interaction())
                .sorted(Comparator.comparingDouble((Effect e) -> -Math.abs(e.term().estimate().mean()))).toList();
    }

    /** Every one-at-a-time difference: per measure, from the low corner then the high one, levers in order. */
    public List<Switch> oneAtATime() {
        return List.copyOf(switches);
    }

    /** Table {@code effects}: measure, term, aliases, effect, ci_low, ci_high, significant. */
    public Table effectsTable() {
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn tc = StringColumn.create(TERM);
        StringColumn ac = StringColumn.create(ALIASES);
        DoubleColumn ec = DoubleColumn.create(EFFECT);
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        BooleanColumn sig = BooleanColumn.create(SIGNIFICANT);
        for (Effect e : effects) {
            Estimate est = e.term().estimate();
            mc.append(e.measure().key());
            tc.append(e.term().term());
            ac.append(String.join("; ", e.term().aliases()));
            ec.append(est.mean());
            lo.append(est.low());
            hi.append(est.high());
            sig.append(est.excludesZero());
        }
        return Table.create("effects", mc, tc, ac, ec, lo, hi, sig);
    }

    /** Table {@code one_at_a_time}: measure, base, lever, difference, ci_low, ci_high. */
    public Table oneAtATimeTable() {
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn bc = StringColumn.create(BASE);
        StringColumn lc = StringColumn.create(LEVER);
        DoubleColumn dc = DoubleColumn.create(DIFFERENCE);
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        for (Switch s : switches) {
            mc.append(s.measure().key());
            bc.append(s.base().name());
            lc.append(s.lever().cliName());
            dc.append(s.difference().mean());
            lo.append(s.difference().low());
            hi.append(s.difference().high());
        }
        return Table.create("one_at_a_time", mc, bc, lc, dc, lo, hi);
    }

    /**
     * Table {@code results}, long format: scenario, policy, one column per factor lever (-1 its low
     * setting, +1 its high one), replication, measure, segment, value; each policy run once.
     */
    public Table resultsTable() {
        StringColumn sc = StringColumn.create(SCENARIO);
        StringColumn pc = StringColumn.create(POLICY);
        Lever[] levers = levels.factors().toArray(new Lever[0]);
        IntColumn[] lc = new IntColumn[levers.length];
        for (int j = 0; j < levers.length; j++) {
            lc[j] = IntColumn.create(levers[j].cliName());
        }
        IntColumn rc = IntColumn.create(REPLICATION);
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn gc = StringColumn.create(SEGMENT);
        DoubleColumn vc = DoubleColumn.create(VALUE);
        for (Policy p : runs) {
            for (ReplicationResult r : byLevers.get(p.levers())) {
                for (Map.Entry<String, Double> e : r.values().entrySet()) {
                    ValueKey k = ValueKey.parse(e.getKey());
                    sc.append(scenario);
                    pc.append(p.name());
                    for (int j = 0; j < levers.length; j++) {
                        lc[j].append(levels.level(p, levers[j]));
                    }
                    rc.append(r.replication());
                    mc.append(k.measure());
                    gc.append(k.segment());
                    vc.append(e.getValue());
                }
            }
        }
        Table t = Table.create("results", sc, pc);
        t.addColumns(lc);
        return t.addColumns(rc, mc, gc, vc);
    }
}
