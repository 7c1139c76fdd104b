package org.ordercycle.experiment;

import static org.ordercycle.experiment.Columns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of an {@link Optimisation}: the screening rounds, the selection among the
 * finalists, the continuous search (when asked) and the confirmation of the winner against
 * siloed and joint on fresh replications. Values are in the measures' own units. Immutable.
 *
 * @param confirmFrom  first replication index of the confirmation (the earlier stages used lower ones)
 * @param confirmation per confirmation replication, in order: optimised, siloed, joint
 */
public record OptimisationResult(String scenario, String currency, Measure objective, Measure budgetMeasure, double budget,
                                 List<Lever> levers, List<Policy> candidates, SuccessiveHalving.Outcome halving,
                                 List<Policy> finalists, KimNelson.Outcome selection, double delta, double pcs,
                                 Policy winner, List<String> parameters, Map<String, double[]> ranges,
                                 ContinuousSearch.Outcome search, Map<String, String> tuned, int confirmFrom,
                                 List<ReplicationResult> confirmation, double level, double warmupDays,
                                 String warmupMethod, Map<String, String> settings) {
    public static final String OPTIMISED = "optimised";
    public static final String FINALIST = "finalist";

    /** Replications of each policy in the confirmation. */
    public int confirmations() {
        return confirmation.size() / 3;
    }

    /** Replications run in all, over every stage (the warm-up pilots aside). */
    public int totalReplications() {
        int n = 0;
        for (SuccessiveHalving.Round r : halving.rounds()) {
            n += r.candidates().length * (r.replications() - (r.round() == 1 ? 0 : r.replications() / 2));
        }
        if (selection != null) {
            for (int k : selection.replications()) {
                n += k;
            }
        }
        if (search != null) {
            n += search.evaluations().size() * Integer.parseInt(settings.get("search_replications"));
        }
        return n + confirmation.size();
    }

    /** The values of a measure over the confirmation for policy 0 (optimised), 1 (siloed) or 2 (joint). */
    public double[] confirmed(int which, Measure m) {
        double[] v = new double[confirmations()];
        for (int r = 0; r < v.length; r++) {
            v[r] = confirmation.get(3 * r + which).values().getOrDefault(m.key(), Double.NaN);
        }
        return v;
    }

    /** Mean and interval of a measure under policy 0 (optimised), 1 (siloed) or 2 (joint). */
    public Estimate estimate(int which, Measure m) {
        return Estimate.of(confirmed(which, m), level);
    }

    /** Paired difference optimised minus siloed (other = 1) or joint (other = 2), with its interval. */
    public Estimate difference(int other, Measure m) {
        double[] a = confirmed(0, m);
        double[] b = confirmed(other, m);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return Estimate.of(d, level);
    }

    /** The tables by file name. */
    public Map<String, Table> tables() {
        Map<String, Table> t = new LinkedHashMap<>();
        t.put("candidates.csv", candidatesTable());
        t.put("halving.csv", halvingTable());
        t.put("finalists.csv", finalistsTable());
        if (search != null) {
            t.put("search.csv", searchTable());
        }
        t.put("confirmation.csv", confirmationTable());
        t.put("winner.csv", winnerTable());
        t.put("units.csv", ReportTables.units(currency));
        return t;
    }

    /** Every candidate: policy and its settings that differ from siloed. */
    public Table candidatesTable() {
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn ch = StringColumn.create("changes");
        for (Policy p : candidates) {
            pc.append(p.name());
            ch.append(LeverCombinations.changes(p));
        }
        return Table.create("candidates", pc, ch);
    }

    /**
     * The halving trace: round, replications, policy, measure, mean (the objective's mean in its
     * units), budget_mean (empty without a budget), feasible and survived.
     */
    public Table halvingTable() {
        IntColumn rc = IntColumn.create("round");
        IntColumn nc = IntColumn.create(REPLICATIONS);
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn mc = StringColumn.create(MEASURE);
        DoubleColumn mean = DoubleColumn.create(MEAN);
        DoubleColumn con = DoubleColumn.create("budget_mean");
        BooleanColumn ok = BooleanColumn.create("feasible");
        BooleanColumn kept = BooleanColumn.create("survived");
        double sign = sign();
        for (SuccessiveHalving.Round r : halving.rounds()) {
            for (int i = 0; i < r.candidates().length; i++) {
                rc.append(r.round());
                nc.append(r.replications());
                pc.append(candidates.get(r.candidates()[i]).name());
                mc.append(objective.key());
                mean.append(sign * r.objective()[i]);
                if (Double.isNaN(r.constraint()[i])) {
                    con.appendMissing();
                } else {
                    con.append(r.constraint()[i]);
                }
                ok.append(r.feasible()[i]);
                kept.append(r.survived()[i]);
            }
        }
        return Table.create("halving", rc, nc, pc, mc, mean, con, ok, kept);
    }

    /** The finalists within the budget and how the selection treated them: policy, status, replications, mean. */
    public Table finalistsTable() {
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn sc = StringColumn.create(STATUS);
        IntColumn nc = IntColumn.create(REPLICATIONS);
        DoubleColumn mean = DoubleColumn.create(MEAN);
        for (int i = 0; i < finalists.size(); i++) {
            Policy p = finalists.get(i);
            pc.append(p.name());
            if (selection == null) {
                sc.append(SelectionResult.SELECTED);
                nc.appendMissing();
                mean.appendMissing();
                continue;
            }
            sc.append(i == selection.best() ? SelectionResult.SELECTED
                    : selection.survivors().contains(i) ? SelectionResult.UNDECIDED : SelectionResult.ELIMINATED);
            nc.append(selection.replications()[i]);
            mean.append(sign() * selection.means()[i]);
        }
        return Table.create("finalists", pc, sc, nc, mean);
    }

    /** The continuous search: evaluation, one column per parameter, the objective's mean (empty when over budget). */
    public Table searchTable() {
        IntColumn ec = IntColumn.create("evaluation");
        List<DoubleColumn> cols = new ArrayList<>();
        for (String p : parameters) {
            cols.add(DoubleColumn.create(p));
        }
        DoubleColumn vc = DoubleColumn.create(objective.key());
        for (ContinuousSearch.Evaluation e : search.evaluations()) {
            ec.append(e.index());
            for (int j = 0; j < parameters.size(); j++) {
                double[] r = ranges.get(parameters.get(j));
                cols.get(j).append(r[0] + e.unit()[j] * (r[1] - r[0]));
            }
            if (Double.isNaN(e.value())) {
                vc.appendMissing();
            } else {
                vc.append(sign() * e.value());
            }
        }
        Table t = Table.create("search", ec);
        cols.forEach(t::addColumns);
        return t.addColumns(vc);
    }

    /**
     * The confirmation on fresh replications: policy (optimised, siloed, joint, and the paired
     * differences "optimised - siloed", "optimised - joint"), measure, n, mean, ci_low, ci_high.
     */
    public Table confirmationTable() {
        StringColumn pc = StringColumn.create(POLICY);
        StringColumn mc = StringColumn.create(MEASURE);
        IntColumn nc = IntColumn.create(N);
        DoubleColumn mean = DoubleColumn.create(MEAN);
        DoubleColumn lo = DoubleColumn.create(CI_LOW);
        DoubleColumn hi = DoubleColumn.create(CI_HIGH);
        List<Measure> measures = budgetMeasure == null || budgetMeasure == objective ? List.of(objective)
                : List.of(objective, budgetMeasure);
        String[] names = {OPTIMISED, "siloed", "joint", OPTIMISED + " - siloed", OPTIMISED + " - joint"};
        for (Measure m : measures) {
            for (int k = 0; k < names.length; k++) {
                Estimate e = k < 3 ? estimate(k, m) : difference(k - 2, m);
                pc.append(names[k]);
                mc.append(m.key());
                nc.append(e.n());
                mean.append(e.mean());
                lo.append(e.low());
                hi.append(e.high());
            }
        }
        return Table.create("confirmation", pc, mc, nc, mean, lo, hi);
    }

    /** The winning settings: kind (lever or parameter), name, value. */
    public Table winnerTable() {
        StringColumn kc = StringColumn.create("kind");
        StringColumn nc = StringColumn.create("name");
        StringColumn vc = StringColumn.create(VALUE);
        for (Map.Entry<String, String> e : winner.settings().entrySet()) {
            kc.append("lever");
            nc.append(e.getKey());
            vc.append(e.getValue());
        }
        for (Map.Entry<String, String> e : tuned.entrySet()) {
            kc.append("parameter");
            nc.append(e.getKey());
            vc.append(e.getValue());
        }
        return Table.create("winner", kc, nc, vc);
    }

    private double sign() {
        return objective.direction() == Measure.Direction.HIGHER ? 1 : -1;
    }
}
