package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Adjustment;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The comparison table keeps its columns and appends the adjusted p-values: Holm within each
 * company-wide primary measure over the pairs of policies, Benjamini-Hochberg over every other test.
 */
class ComparisonAdjustmentTest {
    private static final Policy FAST = Policy.JOINT.named("fast");
    private static final List<Policy> POLICIES = List.of(Policy.SILOED, Policy.JOINT, FAST);

    /**
     * Three policies, five replications. Lead time: siloed 10, joint 10 - 0.3, fast 10 - 1, plus a
     * policy-specific wobble so that differences have a spread. Revenue and DSO differ by little.
     */
    private static Comparison comparison() {
        double[] wobble = {0.2, -0.1, 0.05, -0.15, 0.3};
        double[] shift = {0, -0.3, -1};
        Map<String, List<ReplicationResult>> byPolicy = new LinkedHashMap<>();
        for (int p = 0; p < 3; p++) {
            List<ReplicationResult> rs = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                double w = wobble[(r + p) % 5];
                Map<String, Double> v = new LinkedHashMap<>();
                v.put(Measure.LEAD_TIME_MEAN.key(), 10 + shift[p] + w);
                v.put(Measure.REVENUE.key(), 1000 + 5 * p + 10 * w);
                v.put(Measure.DSO.key(), 40 + 0.2 * p * w);
                rs.add(new ReplicationResult("s", POLICIES.get(p).name(), 1, r, v, List.of(), 0, 0));
            }
            byPolicy.put(POLICIES.get(p).name(), rs);
        }
        return new Comparison("s", POLICIES, byPolicy, 0.95, 0, "fixed", "EUR");
    }

    @Test
    void oldColumnsStayInPlaceAndTheAdjustedOnesFollow() {
        Table t = comparison().comparisonTable();
        assertEquals(List.of("base_policy", "other_policy", "measure", "segment", "n", "mean_base", "mean_other",
                "mean_difference", "ci_low", "ci_high", "relative_change", "p_value", "significant",
                "p_value_adjusted", "adjustment", "significant_adjusted"), t.columnNames());
    }

    @Test
    void primaryMeasureIsAdjustedByHolmOverItsPairs() {
        Comparison c = comparison();
        String key = Measure.LEAD_TIME_MEAN.key();
        double[] raw = {c.difference(Policy.SILOED, Policy.JOINT, key).pValue(),
                c.difference(Policy.SILOED, FAST, key).pValue(), c.difference(Policy.JOINT, FAST, key).pValue()};
        double[] holm = Adjustment.holm(raw);
        assertEquals(holm[0], c.adjustedPValue(Policy.SILOED, Policy.JOINT, key), 1e-15);
        assertEquals(holm[1], c.adjustedPValue(Policy.SILOED, FAST, key), 1e-15);
        assertEquals(holm[2], c.adjustedPValue(Policy.JOINT, FAST, key), 1e-15);
        // the smallest of three p-values is multiplied by 3 (Holm's first step)
        double smallest = Math.min(raw[0], Math.min(raw[1], raw[2]));
        assertEquals(Math.min(1, 3 * smallest), Math.min(holm[0], Math.min(holm[1], holm[2])), 1e-15);
        assertEquals(Adjustment.HOLM, c.adjustment(key));
    }

    @Test
    void secondaryMeasuresShareOneBenjaminiHochbergFamily() {
        Comparison c = comparison();
        List<String> keys = List.of(Measure.REVENUE.key(), Measure.DSO.key());
        double[] raw = new double[6];
        int i = 0;
        for (String key : keys) {
            for (int a = 0; a < 3; a++) {
                for (int b = a + 1; b < 3; b++) {
                    raw[i++] = c.difference(POLICIES.get(a), POLICIES.get(b), key).pValue();
                }
            }
        }
        double[] bh = Adjustment.benjaminiHochberg(raw);
        i = 0;
        for (String key : keys) {
            assertEquals(Adjustment.BENJAMINI_HOCHBERG, c.adjustment(key));
            for (int a = 0; a < 3; a++) {
                for (int b = a + 1; b < 3; b++) {
                    assertEquals(bh[i++], c.adjustedPValue(POLICIES.get(a), POLICIES.get(b), key), 1e-15);
                }
            }
        }
    }

    @Test
    void theMarkFollowsTheAdjustedPValueAndRawNumbersDoNotMove() {
        Comparison c = comparison();
        for (Row r : c.comparisonTable()) {
            double adjusted = r.getDouble("p_value_adjusted");
            assertEquals(adjusted < 0.05, r.getBoolean("significant_adjusted"), r.toString());
            assertTrue(adjusted >= r.getDouble("p_value"), "adjusting never lowers a p-value: " + r);
            Policy base = Policy.preset(r.getString("base_policy")) != null
                    ? Policy.preset(r.getString("base_policy")) : FAST;
            Policy other = Policy.preset(r.getString("other_policy")) != null
                    ? Policy.preset(r.getString("other_policy")) : FAST;
            Estimate d = c.difference(base, other, r.getString("measure"));
            assertEquals(d.pValue(), r.getDouble("p_value"), 0);
            assertEquals(d.excludesZero(), r.getBoolean("significant"));
        }
    }
}
