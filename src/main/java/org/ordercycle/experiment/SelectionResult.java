package org.ordercycle.experiment;

import static org.ordercycle.experiment.Columns.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link Selection}: the policy selected, who was eliminated when and by whom,
 * and the intervals for multiple comparisons with the best, all in the measure's own units
 * (a lower-is-better measure is turned back after the procedure ran on its negative). Immutable.
 */
public final class SelectionResult {
    public static final String SELECTED = "selected";
    public static final String ELIMINATED = "eliminated";
    /** Still in contention when the maximum of replications stopped the procedure. */
    public static final String UNDECIDED = "undecided";

    private final String scenario;
    /** The scenario's currency, in which money is shown. */
    private final String currency;
    private final List<Policy> policies;
    private final Measure measure;
    private final double delta;
    private final boolean deltaAutomatic;
    private final double pcs;
    private final int firstStage;
    private final int maxReplications;
    private final double warmupDays;
    private final String warmupMethod;
    private final KimNelson.Outcome outcome;
    private final Map<String, List<ReplicationResult>> byPolicy;

    SelectionResult(String scenario, String currency, List<Policy> policies, Measure measure, double delta, boolean deltaAutomatic,
                    double pcs, int firstStage, int maxReplications, double warmupDays, String warmupMethod,
                    KimNelson.Outcome outcome, Map<String, List<ReplicationResult>> byPolicy) {
        this.scenario = scenario;
        this.currency = currency;
        this.policies = List.copyOf(policies);
        this.measure = measure;
        this.delta = delta;
        this.deltaAutomatic = deltaAutomatic;
        this.pcs = pcs;
        this.firstStage = firstStage;
        this.maxReplications = maxReplications;
        this.warmupDays = warmupDays;
        this.warmupMethod = warmupMethod;
        this.outcome = outcome;
        Map<String, List<ReplicationResult>> copy = new LinkedHashMap<>();
        byPolicy.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byPolicy = copy;
    }

    public String scenario() {
        return scenario;
    }

    public List<Policy> policies() {
        return policies;
    }

    public Measure measure() {
        return measure;
    }

    /** The indifference zone in the measure's units. */
    public double delta() {
        return delta;
    }

    /** True when delta was not given but set from the first stage ({@link Selection#AUTO_DELTA_SHARE}). */
    public boolean deltaAutomatic() {
        return deltaAutomatic;
    }

    public double pcs() {
        return pcs;
    }

    public int firstStage() {
        return firstStage;
    }

    public int maxReplications() {
        return maxReplications;
    }

    public double warmupDays() {
        return warmupDays;
    }

    public String warmupMethod() {
        return warmupMethod;
    }

    /** The procedure's own record (values oriented so that higher is better). */
    public KimNelson.Outcome outcome() {
        return outcome;
    }

    /** The policy selected: the last one standing, or the best mean among those left at the cap. */
    public Policy best() {
        return policies.get(outcome.best());
    }

    /** True when the cap on replications stopped the procedure with several contenders: no guarantee. */
    public boolean capped() {
        return outcome.capped();
    }

    /** Replications of a policy, in order (eliminated policies have fewer). */
    public List<ReplicationResult> results(Policy p) {
        return byPolicy.get(p.name());
    }

    /** Replications run of a policy. */
    public int replications(Policy p) {
        return outcome.replications()[policies.indexOf(p)];
    }

    /** Replications run in all, over every policy. */
    public int totalReplications() {
        int n = 0;
        for (int r : outcome.replications()) {
            n += r;
        }
        return n;
    }

    /** The mean of the measure over the policy's own replications, in the measure's units. */
    public double mean(Policy p) {
        return sign() * outcome.means()[policies.indexOf(p)];
    }

    /**
     * The MCB interval {low, high} for the policy's mean minus the best mean of the others, in the
     * measure's units: for a lower-is-better measure "best" is the lowest, so a policy that is not
     * the best has an interval at or above 0.
     */
    public double[] mcb(Policy p) {
        double[] ci = KimNelson.mcb(outcome.means(), delta)[policies.indexOf(p)];
        return sign() > 0 ? ci.clone() : new double[] {-ci[1], -ci[0]};
    }

    /** selected, eliminated or undecided. */
    public String status(Policy p) {
        int i = policies.indexOf(p);
        if (i == outcome.best()) {
            return SELECTED;
        }
        return outcome.survivors().contains(i) ? UNDECIDED : ELIMINATED;
    }

    /** The elimination of a policy, or null when it was not eliminated. */
    public KimNelson.Elimination elimination(Policy p) {
        int i = policies.indexOf(p);
        return outcome.eliminations().stream().filter(e -> e.system() == i).findFirst().orElse(null);
    }

    private double sign() {
        return measure.direction() == Measure.Direction.HIGHER ? 1 : -1;
    }

    /** The tables of a selection by file name: selection, eliminations and results (.csv). */
    public Map<String, Table> tables() {
        Map<String, Table> t = new LinkedHashMap<>();
        t.put("selection.csv", selectionTable());
        t.put("eliminations.csv", eliminationsTable());
        t.put("results.csv", resultsTable());
        t.put("units.csv", ReportTables.units(currency));
        return t;
    }

    /**
     * Per policy: status, replications, mean, mcb_low, mcb_high (the MCB interval of its mean minus
     * the best of the others), eliminated_at (replications when eliminated, else empty) and eliminated_by.
     */
    public Table selectionTable() {
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn sc = StringColumn.create(STATUS);
        IntColumn nc = IntColumn.create(REPLICATIONS);
        StringColumn mc = StringColumn.create(MEASURE);
        DoubleColumn mean = DoubleColumn.create(MEAN);
        DoubleColumn lo = DoubleColumn.create(MCB_LOW);
        DoubleColumn hi = DoubleColumn.create(MCB_HIGH);
        IntColumn at = IntColumn.create(ELIMINATED_AT);
        StringColumn by = StringColumn.create(ELIMINATED_BY);
        for (Policy p : policies) {
            double[] ci = mcb(p);
            KimNelson.Elimination e = elimination(p);
            pc.append(p.name());
            sc.append(status(p));
            nc.append(replications(p));
            mc.append(measure.key());
            mean.append(mean(p));
            lo.append(ci[0]);
            hi.append(ci[1]);
            if (e == null) {
                at.appendMissing();
                by.append("");
            } else {
                at.append(e.replications());
                by.append(policies.get(e.by()).name());
            }
        }
        return Table.create("selection", pc, sc, nc, mc, mean, lo, hi, at, by);
    }

    /**
     * The eliminations in the order they happened: elimination (1, 2, ...), replications, policy, eliminated_by,
     * behind_by (sum over the replications of how much worse the policy did than the other, in the
     * measure's units) and allowance (the half-width of the continuation region at that stage):
     * a policy is eliminated when behind_by exceeds the allowance.
     */
    public Table eliminationsTable() {
        IntColumn step = IntColumn.create(ELIMINATION);
        IntColumn nc = IntColumn.create(REPLICATIONS);
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn by = StringColumn.create(ELIMINATED_BY);
        DoubleColumn behind = DoubleColumn.create(BEHIND_BY);
        DoubleColumn allowance = DoubleColumn.create(ALLOWANCE);
        int i = 1;
        for (KimNelson.Elimination e : outcome.eliminations()) {
            step.append(i++);
            nc.append(e.replications());
            pc.append(policies.get(e.system()).name());
            by.append(policies.get(e.by()).name());
            behind.append(-e.sumOfDifferences());
            allowance.append(e.bound());
        }
        return Table.create("eliminations", step, nc, pc, by, behind, allowance);
    }

    /** Long format of every replication run: scenario, policy, replication, measure, segment, value. */
    public Table resultsTable() {
        return ReportTables.results(scenario, policies, this::results);
    }
}
