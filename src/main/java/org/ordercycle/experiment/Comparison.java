package org.ordercycle.experiment;

import static org.ordercycle.experiment.Columns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.ordercycle.io.ValueKey;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Overload;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Several policies run on the same replications (common random numbers): per policy and value
 * key, the mean with its confidence interval; per pair of policies, the paired difference.
 * Immutable; the tables are built on demand.
 */
public final class Comparison {
    private final String scenario;
    private final List<Policy> policies;
    private final Map<String, List<ReplicationResult>> byPolicy;
    private final double level;
    private final double warmupDays;
    private final String warmupMethod;
    private final String currency;
    private final BiFunction<Policy, List<Overload.Warning>, List<Overload.Warning>> advice;
    /** Built on first use; a race builds the same values twice, harmlessly. */
    private volatile PValues pValues;

    Comparison(String scenario, List<Policy> policies, Map<String, List<ReplicationResult>> byPolicy, double level,
               double warmupDays, String warmupMethod, String currency) {
        this(scenario, policies, byPolicy, level, warmupDays, warmupMethod, currency, (p, w) -> w);
    }

    /** @param advice adds to a policy's warnings the staff that would carry each department */
    Comparison(String scenario, List<Policy> policies, Map<String, List<ReplicationResult>> byPolicy, double level,
               double warmupDays, String warmupMethod, String currency,
               BiFunction<Policy, List<Overload.Warning>, List<Overload.Warning>> advice) {
        this.advice = advice;
        this.scenario = scenario;
        this.policies = List.copyOf(policies);
        this.byPolicy = new LinkedHashMap<>(byPolicy);
        this.level = level;
        this.warmupDays = warmupDays;
        this.warmupMethod = warmupMethod;
        this.currency = currency;
    }

    /** The scenario's currency (ISO 4217), in which every amount of money is. */
    public String currency() {
        return currency;
    }

    public String scenario() {
        return scenario;
    }

    public List<Policy> policies() {
        return policies;
    }

    /** Replications per policy. */
    public int replications() {
        return byPolicy.values().iterator().next().size();
    }

    public double warmupDays() {
        return warmupDays;
    }

    /** How the warm-up was chosen: "scenario" or the detection method. */
    public String warmupMethod() {
        return warmupMethod;
    }

    /** The results of one policy, in replication order. */
    public List<ReplicationResult> results(Policy policy) {
        return byPolicy.get(policy.name());
    }

    /** The value keys, in result order. */
    public List<String> keys() {
        return List.copyOf(byPolicy.values().iterator().next().get(0).values().keySet());
    }

    /** Observations of one key under one policy, one per replication. */
    public double[] values(Policy policy, String key) {
        List<ReplicationResult> rs = results(policy);
        double[] v = new double[rs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.get(i).values().getOrDefault(key, Double.NaN);
        }
        return v;
    }

    /** Mean and interval of a key under a policy. */
    public Estimate estimate(Policy policy, String key) {
        return Estimate.of(values(policy, key), level);
    }

    /**
     * The p-value of the paired t-test of {@link #difference} adjusted for multiple comparisons
     * (see {@link PValues}); NaN when the difference has fewer than two observations.
     */
    public double adjustedPValue(Policy base, Policy other, String key) {
        return pValues().adjusted(base.name(), other.name(), key);
    }

    /** The adjustment applied to a key's p-values: Holm for a company-wide primary measure, else BH. */
    public org.ordercycle.stats.Adjustment adjustment(String key) {
        return PValues.adjustmentOf(key);
    }

    /** True when the adjusted p-value is below 1 - level: the mark reports show. */
    public boolean significantAdjusted(Policy base, Policy other, String key) {
        return adjustedPValue(base, other, key) < 1 - level;
    }

    private PValues pValues() {
        PValues p = pValues;
        if (p == null) {
            p = PValues.of(this);
            pValues = p;
        }
        return p;
    }

    /** Paired difference other - base of a key, replication by replication. */
    public Estimate difference(Policy base, Policy other, String key) {
        double[] a = values(base, key);
        double[] b = values(other, key);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = b[i] - a[i];
        }
        return Estimate.of(d, level);
    }

    /**
     * Every table of a comparison by its file name, in the order a report folder lists them:
     * results, summary, comparison, lead_time_ecdf, periods, journeys and warnings (.csv).
     */
    public Map<String, Table> tables() {
        Map<String, Supplier<Table>> t = new LinkedHashMap<>();
        t.put("results.csv", this::resultsTable);
        t.put("summary.csv", this::summaryTable);
        t.put("comparison.csv", this::comparisonTable);
        t.put("lead_time_ecdf.csv", this::leadTimeEcdfTable);
        t.put("periods.csv", this::periodsTable);
        t.put("journeys.csv", this::journeysTable);
        t.put("warnings.csv", this::warningsTable);
        t.put("units.csv", () -> ReportTables.units(currency));
        return ReportTables.built(t);
    }

    /** Departments and lines overloaded or with a growing queue, per policy in order (see {@link Overload}). */
    public List<Overload.Warning> warnings() {
        List<Overload.Warning> all = new ArrayList<>();
        for (Policy p : policies) {
            all.addAll(advice.apply(p, Overload.warnings(p.name(), results(p))));
        }
        return all;
    }

    /** The warnings as a table: policy, department, kind, utilisation, queue_first, queue_last, message. */
    public Table warningsTable() {
        return WarningTables.of(warnings());
    }

    /** Confidence level of the intervals. */
    public double level() {
        return level;
    }

    /**
     * Lead-time distribution: policy, days, share, ci_low, ci_high; share is the mean over
     * replications of the share of delivered orders with a lead time up to days (0.1-day steps).
     */
    public Table leadTimeEcdfTable() {
        return ReportTables.leadTimeEcdf(this);
    }

    /**
     * Planning history: policy, period, start_day, product, series (demand, forecast, plan,
     * ordered, produced, inventory, backlog), mean, ci_low, ci_high; product 'all' sums products.
     */
    public Table periodsTable() {
        return ReportTables.periods(this);
    }

    /**
     * Sampled order journeys of replication 0: policy, journey, order, segment, lane, step,
     * start_day, end_day (days since the lead arrived), outcome.
     */
    public Table journeysTable() {
        return ReportTables.journeys(this);
    }

    /** Long format: scenario, policy, replication, measure, segment, value. */
    public Table resultsTable() {
        return ReportTables.results(scenario, policies, this::results);
    }

    /** Per policy and key: n, mean, sd, interval. */
    public Table summaryTable() {
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn gc = StringColumn.create(SEGMENT);
        IntColumn nc = IntColumn.create(N);
        List<DoubleColumn> stats = doubles(MEAN, SD, CI_LOW, CI_HIGH, HALF_WIDTH);
        for (Policy p : policies) {
            for (String key : keys()) {
                ValueKey k = ValueKey.parse(key);
                Estimate e = estimate(p, key);
                pc.append(p.name());
                mc.append(k.measure());
                gc.append(k.segment());
                nc.append(e.n());
                append(stats, e.mean(), e.sd(), e.low(), e.high(), e.halfWidth());
            }
        }
        Table t = Table.create("summary", pc, mc, gc, nc);
        stats.forEach(t::addColumns);
        return t;
    }

    /**
     * Per ordered pair of policies (each against the first, then each later pair) and key: paired
     * difference, its raw p-value and significance (interval excludes zero), then the p-value
     * adjusted for multiple comparisons, the adjustment (holm or bh) and its significance.
     */
    public Table comparisonTable() {
        StringColumn bc = StringColumn.create(BASE);
        StringColumn oc = StringColumn.create(OTHER);
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn gc = StringColumn.create(SEGMENT);
        IntColumn nc = IntColumn.create(N);
        List<DoubleColumn> stats = doubles(MEAN + "_" + "base", MEAN + "_" + "other", DIFFERENCE, CI_LOW, CI_HIGH,
                RELATIVE_CHANGE, P_VALUE);
        BooleanColumn sig = BooleanColumn.create(SIGNIFICANT);
        DoubleColumn adjusted = DoubleColumn.create(P_VALUE_ADJUSTED);
        StringColumn adjustment = StringColumn.create(ADJUSTMENT);
        BooleanColumn sigAdjusted = BooleanColumn.create(SIGNIFICANT_ADJUSTED);
        for (int i = 0; i < policies.size(); i++) {
            for (int j = i + 1; j < policies.size(); j++) {
                Policy a = policies.get(i);
                Policy b = policies.get(j);
                for (String key : keys()) {
                    ValueKey k = ValueKey.parse(key);
                    Estimate ea = estimate(a, key);
                    Estimate eb = estimate(b, key);
                    Estimate d = difference(a, b, key);
                    bc.append(a.name());
                    oc.append(b.name());
                    mc.append(k.measure());
                    gc.append(k.segment());
                    nc.append(d.n());
                    double relative = ea.mean() != 0 ? d.mean() / Math.abs(ea.mean()) : Double.NaN;
                    append(stats, ea.mean(), eb.mean(), d.mean(), d.low(), d.high(), relative, d.pValue());
                    sig.append(d.excludesZero());
                    adjusted.append(adjustedPValue(a, b, key));
                    adjustment.append(adjustment(key).key());
                    sigAdjusted.append(significantAdjusted(a, b, key));
                }
            }
        }
        Table t = Table.create("comparison", bc, oc, mc, gc, nc);
        stats.forEach(t::addColumns);
        t.addColumns(sig, adjusted, adjustment, sigAdjusted);
        return t;
    }

    private static List<DoubleColumn> doubles(String... names) {
        List<DoubleColumn> cols = new ArrayList<>();
        for (String n : names) {
            cols.add(DoubleColumn.create(n));
        }
        return cols;
    }

    private static void append(List<DoubleColumn> cols, double... values) {
        for (int i = 0; i < values.length; i++) {
            cols.get(i).append(values[i]);
        }
    }
}
