package org.ordercycle.experiment;

import static org.ordercycle.experiment.Columns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ordercycle.io.ValueKey;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Overload;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The outcome of a {@link Sweep}: per design point and policy, the replications, and the tables
 * {@link #results()} (long format) and {@link #summary()} (mean and interval). Each parameter is a
 * column named by its path; it is numeric when every value is a number, text otherwise. Immutable;
 * the tables are built on demand.
 */
public final class SweepResult {

    /**
     * A design point.
     *
     * @param id     e.g. {@code p003}
     * @param values parameter path to the value given to the loader (YAML text)
     */
    public record Point(String id, Map<String, String> values) {
        public Point {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final String scenario;
    /** The scenario's currency, in which money is shown. */
    private final String currency;
    private final List<String> parameters;
    private final List<Point> points;
    private final List<Policy> policies;
    private final int replications;
    private final List<ReplicationResult> results;
    private final Map<String, Warmup.Choice> warmups;
    private final double level;

    /** @param results point-major, then policy, then replication, as {@link Sweep#run()} ran them */
    SweepResult(String scenario, String currency, List<String> parameters, List<Point> points, List<Policy> policies, int replications,
                List<ReplicationResult> results, Map<String, Warmup.Choice> warmups, double level) {
        this.scenario = scenario;
        this.currency = currency;
        this.parameters = List.copyOf(parameters);
        this.points = List.copyOf(points);
        this.policies = List.copyOf(policies);
        this.replications = replications;
        this.results = List.copyOf(results);
        this.warmups = Map.copyOf(warmups);
        this.level = level;
    }

    public String scenario() {
        return scenario;
    }

    /**
     * The sweep's tables by file name: results.csv, summary.csv, units.csv (money in the scenario's
     * currency) and warnings.csv (overloaded departments and lines, by point).
     */
    public Map<String, Table> tables() {
        Map<String, Table> t = new LinkedHashMap<>();
        t.put("results.csv", results());
        t.put("summary.csv", summary());
        t.put("units.csv", ReportTables.units(currency));
        t.put("warnings.csv", warningsTable());
        return t;
    }

    /**
     * Departments and lines overloaded or with a growing queue ({@link Overload}), at each point
     * under each policy: a point where a queue grows is no more a conclusion than a comparison
     * that rests on one.
     */
    public Table warningsTable() {
        List<String> at = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        List<Overload.Warning> warnings = new ArrayList<>();
        for (Point p : points) {
            String values = String.join(", ", p.values().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
            for (Policy policy : policies) {
                for (Overload.Warning w : Overload.warnings(policy.name(), results(p.id(), policy))) {
                    at.add(p.id());
                    settings.add(values);
                    warnings.add(w);
                }
            }
        }
        return WarningTables.ofPoints(at, settings, warnings);
    }

    public List<String> parameters() {
        return parameters;
    }

    public List<Point> points() {
        return points;
    }

    public List<Policy> policies() {
        return policies;
    }

    public int replications() {
        return replications;
    }

    /** The warm-up used at a point and how it was chosen. */
    public Warmup.Choice warmup(String pointId) {
        return warmups.get(pointId);
    }

    /** The replications of a point under a policy, in replication order. */
    public List<ReplicationResult> results(String pointId, Policy policy) {
        int i = indexOf(pointId);
        int j = policies.indexOf(policy);
        if (j < 0) {
            throw new IllegalArgumentException("policy " + policy.name() + " is not in the sweep");
        }
        int from = (i * policies.size() + j) * replications;
        return results.subList(from, from + replications);
    }

    /** Mean and interval of a value key at a point under a policy. */
    public Estimate estimate(String pointId, Policy policy, String key) {
        List<ReplicationResult> rs = results(pointId, policy);
        double[] v = new double[rs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rs.get(i).values().getOrDefault(key, Double.NaN);
        }
        return Estimate.of(v, level);
    }

    /** Long format: scenario, point, one column per parameter, policy, replication, measure, segment, value. */
    public Table results() {
        StringColumn sc = StringColumn.create(SCENARIO);
        StringColumn pt = StringColumn.create(POINT);
        List<Column<?>> params = parameterColumns();
        StringColumn pc = StringColumn.create(POLICY);
        IntColumn rc = IntColumn.create(REPLICATION);
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn gc = StringColumn.create(SEGMENT);
        DoubleColumn vc = DoubleColumn.create(VALUE);
        for (Point p : points) {
            for (Policy policy : policies) {
                for (ReplicationResult r : results(p.id(), policy)) {
                    for (Map.Entry<String, Double> e : r.values().entrySet()) {
                        ValueKey k = ValueKey.parse(e.getKey());
                        sc.append(scenario);
                        pt.append(p.id());
                        appendParameters(params, p);
                        pc.append(policy.name());
                        rc.append(r.replication());
                        mc.append(k.measure());
                        gc.append(k.segment());
                        vc.append(e.getValue());
                    }
                }
            }
        }
        Table t = Table.create("results", sc, pt);
        params.forEach(t::addColumns);
        return t.addColumns(pc, rc, mc, gc, vc);
    }

    /** Per point, policy and value key: point, parameters, policy, measure, segment, n, mean, sd, ci_low, ci_high. */
    public Table summary() {
        StringColumn pt = StringColumn.create(POINT);
        List<Column<?>> params = parameterColumns();
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn mc = StringColumn.create(MEASURE);
        StringColumn gc = StringColumn.create(SEGMENT);
        IntColumn nc = IntColumn.create(N);
        DoubleColumn mean = DoubleColumn.create(MEAN);
        DoubleColumn sd = DoubleColumn.create(SD);
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        for (Point p : points) {
            for (Policy policy : policies) {
                for (String key : keys(p, policy)) {
                    ValueKey k = ValueKey.parse(key);
                    Estimate e = estimate(p.id(), policy, key);
                    pt.append(p.id());
                    appendParameters(params, p);
                    pc.append(policy.name());
                    mc.append(k.measure());
                    gc.append(k.segment());
                    nc.append(e.n());
                    mean.append(e.mean());
                    sd.append(e.sd());
                    lo.append(e.low());
                    hi.append(e.high());
                }
            }
        }
        Table t = Table.create("summary", pt);
        params.forEach(t::addColumns);
        return t.addColumns(pc, mc, gc, nc, mean, sd, lo, hi);
    }

    /** Keys of a point's results under a policy, in result order, over every replication. */
    private Set<String> keys(Point p, Policy policy) {
        Set<String> keys = new LinkedHashSet<>();
        results(p.id(), policy).forEach(r -> keys.addAll(r.values().keySet()));
        return keys;
    }

    private int indexOf(String pointId) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).id().equals(pointId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no design point " + pointId);
    }

    /** One column per parameter: numeric when every value is a number. */
    private List<Column<?>> parameterColumns() {
        List<Column<?>> cols = new ArrayList<>();
        for (String name : parameters) {
            boolean numeric = points.stream().allMatch(p -> number(p.values().get(name)) != null);
            cols.add(numeric ? DoubleColumn.create(name) : StringColumn.create(name));
        }
        return cols;
    }

    private void appendParameters(List<Column<?>> cols, Point p) {
        for (int i = 0; i < parameters.size(); i++) {
            String v = p.values().get(parameters.get(i));
            if (cols.get(i) instanceof DoubleColumn d) {
                d.append(number(v));
            } else {
                ((StringColumn) cols.get(i)).append(v);
            }
        }
    }

    /** The value as a number, or null when it is not a plain decimal number. */
    static Double number(String text) {
        if (text == null || !text.trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(text.trim());
    }
}
