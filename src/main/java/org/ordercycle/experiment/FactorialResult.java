package org.ordercycle.experiment;

import static org.ordercycle.experiment.Columns.*;

import java.util.ArrayList;
import java.util.List;
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
 * The outcome of a {@link Factorial}, for the primary measures ({@link Experiment#PRIMARY}),
 * company-wide. The main effect of a setting is, replication by replication, the mean of a
 * measure over the combinations where its lever has that setting minus the mean over those
 * where the lever has the base policy's setting (each side averages over every setting of the
 * other levers, as in any full factorial), with a Student-t interval across replications.
 * Immutable.
 */
public final class FactorialResult {
    /** A combination's estimate of a measure. */
    public record Cell(Policy policy, Measure measure, Estimate estimate) {
    }

    /** The main effect of {@code setting} against {@code reference} (the base's setting of the lever). */
    public record SettingEffect(Measure measure, Setting setting, Setting reference, Estimate effect) {
    }

    private final String scenario;
    private final List<Lever> levers;
    private final Policy base;
    private final List<Policy> policies;
    private final List<List<ReplicationResult>> results;
    private final Warmup.Choice warmup;
    private final List<Cell> cells = new ArrayList<>();
    private final List<SettingEffect> effects = new ArrayList<>();

    FactorialResult(String scenario, List<Lever> levers, Policy base, List<Policy> policies,
                    List<List<ReplicationResult>> results, double level, Warmup.Choice warmup) {
        this.scenario = scenario;
        this.levers = List.copyOf(levers);
        this.base = base;
        this.policies = List.copyOf(policies);
        this.results = List.copyOf(results);
        this.warmup = warmup;
        int reps = results.get(0).size();
        for (Measure m : Experiment.PRIMARY) {
            for (int i = 0; i < policies.size(); i++) {
                cells.add(new Cell(policies.get(i), m, Estimate.of(values(i, m.key()), level)));
            }
            for (Lever lever : levers) {
                Setting reference = base.setting(lever);
                double[] ref = meanWhere(lever, reference, m.key(), reps);
                for (Setting s : lever.coordinationSettings()) {
                    if (s == reference) {
                        continue;
                    }
                    double[] with = meanWhere(lever, s, m.key(), reps);
                    double[] d = new double[reps];
                    for (int r = 0; r < reps; r++) {
                        d[r] = with[r] - ref[r];
                    }
                    effects.add(new SettingEffect(m, s, reference, Estimate.of(d, level)));
                }
            }
        }
    }

    /** Per replication, the mean of a value over the combinations where the lever has this setting. */
    private double[] meanWhere(Lever lever, Setting setting, String key, int reps) {
        double[] sum = new double[reps];
        int n = 0;
        for (int i = 0; i < policies.size(); i++) {
            if (policies.get(i).setting(lever) == setting) {
                double[] v = values(i, key);
                for (int r = 0; r < reps; r++) {
                    sum[r] += v[r];
                }
                n++;
            }
        }
        for (int r = 0; r < reps; r++) {
            sum[r] /= n;
        }
        return sum;
    }

    private double[] values(int policy, String key) {
        List<ReplicationResult> rs = results.get(policy);
        double[] v = new double[rs.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = rs.get(r).values().getOrDefault(key, Double.NaN);
        }
        return v;
    }

    public String scenario() {
        return scenario;
    }

    public List<Lever> levers() {
        return levers;
    }

    public Policy base() {
        return base;
    }

    /** The combinations, in run order. */
    public List<Policy> policies() {
        return policies;
    }

    public int replications() {
        return results.get(0).size();
    }

    public Warmup.Choice warmup() {
        return warmup;
    }

    /** Every combination's estimate: per primary measure, combinations in run order. */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** Every setting's main effect: per primary measure, levers in order, settings in order. */
    public List<SettingEffect> effects() {
        return List.copyOf(effects);
    }

    /** Table {@code combinations}: policy, one column per lever (its setting), measure, n, mean, ci_low, ci_high. */
    public Table combinationsTable() {
        StringColumn pc = StringColumn.create(POLICY);
        List<StringColumn> lc = levers.stream().map(l -> StringColumn.create(l.cliName())).toList();
        StringColumn mc = StringColumn.create(MEASURE);
        IntColumn nc = IntColumn.create(N);
        DoubleColumn mean = DoubleColumn.create(MEAN);
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        for (Cell c : cells) {
            pc.append(c.policy().name());
            for (int j = 0; j < levers.size(); j++) {
                lc.get(j).append(c.policy().setting(levers.get(j)).name());
            }
            mc.append(c.measure().key());
            nc.append(c.estimate().n());
            mean.append(c.estimate().mean());
            lo.append(c.estimate().low());
            hi.append(c.estimate().high());
        }
        Table t = Table.create("combinations", pc);
        lc.forEach(t::addColumns);
        return t.addColumns(mc, nc, mean, lo, hi);
    }

    /** Table {@code setting_effects}: measure, lever, setting, reference, effect, ci_low, ci_high, significant. */
    public Table settingEffectsTable() {
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn lc = StringColumn.create("lever");
        StringColumn sc = StringColumn.create("setting");
        StringColumn rc = StringColumn.create("reference");
        DoubleColumn ec = DoubleColumn.create("effect");
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        BooleanColumn sig = BooleanColumn.create(SIGNIFICANT);
        for (SettingEffect e : effects) {
            mc.append(e.measure().key());
            lc.append(e.setting().lever().cliName());
            sc.append(e.setting().name());
            rc.append(e.reference().name());
            ec.append(e.effect().mean());
            lo.append(e.effect().low());
            hi.append(e.effect().high());
            sig.append(e.effect().excludesZero());
        }
        return Table.create("setting_effects", mc, lc, sc, rc, ec, lo, hi, sig);
    }
}
