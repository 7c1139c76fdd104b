package org.ordercycle.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;

/**
 * The headline measures as JSON: each policy's mean and 95% half-width and, against the first
 * policy, the paired difference with its interval. Live estimates and the final table use the
 * same shape, so that the page draws both alike.
 */
final class Headline {
    /** The measures shown: the primary measures a precision target applies to. */
    static final List<Measure> MEASURES = Experiment.PRIMARY;
    static final double LEVEL = 0.95;

    private Headline() {
    }

    /** The table of a finished comparison. */
    static ArrayNode of(Comparison c) {
        ArrayNode rows = ScenarioCatalog.JSON.createArrayNode();
        List<Policy> policies = c.policies();
        for (Measure m : MEASURES) {
            ObjectNode row = header(rows, m);
            ObjectNode per = row.putObject("policies");
            for (Policy p : policies) {
                put(per.putObject(p.name()), c.estimate(p, m.key()));
            }
            ArrayNode diffs = row.putArray("differences");
            for (Policy other : policies.subList(1, policies.size())) {
                ObjectNode d = diffs.addObject();
                d.put("base", policies.get(0).name());
                d.put("other", other.name());
                Estimate e = c.difference(policies.get(0), other, m.key());
                put(d, e);
                d.put("significant", e.excludesZero());
            }
        }
        return rows;
    }

    /** Running estimates from the values seen so far: policy -> measure key -> values in replication order. */
    static ArrayNode live(List<String> policies, Map<String, Map<String, double[]>> values) {
        ArrayNode rows = ScenarioCatalog.JSON.createArrayNode();
        for (Measure m : MEASURES) {
            ObjectNode row = header(rows, m);
            ObjectNode per = row.putObject("policies");
            for (String p : policies) {
                double[] v = values.get(p).get(m.key());
                put(per.putObject(p), Estimate.of(v, LEVEL));
            }
            // paired differences over the replications every policy has finished
            ArrayNode diffs = row.putArray("differences");
            double[] base = values.get(policies.get(0)).get(m.key());
            for (String other : policies.subList(1, policies.size())) {
                double[] o = values.get(other).get(m.key());
                int n = Math.min(base.length, o.length);
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = o[i] - base[i];
                }
                ObjectNode node = diffs.addObject();
                node.put("base", policies.get(0));
                node.put("other", other);
                Estimate e = Estimate.of(d, LEVEL);
                put(node, e);
                node.put("significant", n >= 2 && e.excludesZero());
            }
        }
        return rows;
    }

    private static ObjectNode header(ArrayNode rows, Measure m) {
        ObjectNode row = rows.addObject();
        row.put("measure", m.key());
        row.put("label", m.label());
        row.put("unit", m.unit());
        return row;
    }

    /** n, mean, halfWidth, low, high; NaN (fewer than two values) becomes null. */
    private static void put(ObjectNode node, Estimate e) {
        node.put("n", e.n());
        number(node, "mean", e.mean());
        number(node, "halfWidth", e.halfWidth());
        number(node, "low", e.low());
        number(node, "high", e.high());
    }

    private static void number(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }
}
