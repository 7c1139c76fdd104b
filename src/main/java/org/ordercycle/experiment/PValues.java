package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.io.ValueKey;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Adjustment;
import org.ordercycle.stats.Measure;

/**
 * The p-values of a comparison adjusted for multiple comparisons. Two kinds of family:
 * <ul>
 * <li>each company-wide primary measure ({@link Experiment#PRIMARY}) is a family of its own,
 * over the pairs of policies, adjusted by Holm: the confirmatory questions keep a family-wise
 * error rate of 1 - level per measure;</li>
 * <li>every other test (secondary measures, and every per-segment figure) belongs to one
 * exploratory family over all pairs, adjusted by Benjamini-Hochberg: among the differences
 * marked, the expected share of false ones is at most 1 - level.</li>
 * </ul>
 * The raw p-values are those of the paired t-test on the common-random-number differences,
 * the same test as the intervals ({@link Estimate#pValue()}). Immutable.
 */
final class PValues {
    private final Map<String, Double> adjusted;

    private PValues(Map<String, Double> adjusted) {
        this.adjusted = adjusted;
    }

    /** Holm for a company-wide primary measure, Benjamini-Hochberg for everything else. */
    static Adjustment adjustmentOf(String key) {
        ValueKey k = ValueKey.parse(key);
        boolean primary = k.companyWide() && Experiment.PRIMARY.stream().map(Measure::key)
                .anyMatch(m -> m.equals(k.measure()));
        return primary ? Adjustment.HOLM : Adjustment.BENJAMINI_HOCHBERG;
    }

    static PValues of(Comparison c) {
        Map<String, List<String>> families = new HashMap<>();
        Map<String, List<Double>> raw = new HashMap<>();
        List<Policy> ps = c.policies();
        for (String key : c.keys()) {
            String family = adjustmentOf(key) == Adjustment.HOLM ? key : "";
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    families.computeIfAbsent(family, f -> new ArrayList<>()).add(id(ps.get(i).name(),
                            ps.get(j).name(), key));
                    raw.computeIfAbsent(family, f -> new ArrayList<>()).add(c.difference(ps.get(i), ps.get(j), key)
                            .pValue());
                }
            }
        }
        Map<String, Double> adjusted = new HashMap<>();
        for (Map.Entry<String, List<String>> f : families.entrySet()) {
            double[] p = raw.get(f.getKey()).stream().mapToDouble(Double::doubleValue).toArray();
            double[] a = (f.getKey().isEmpty() ? Adjustment.BENJAMINI_HOCHBERG : Adjustment.HOLM).adjust(p);
            for (int i = 0; i < a.length; i++) {
                adjusted.put(f.getValue().get(i), a[i]);
            }
        }
        return new PValues(adjusted);
    }

    double adjusted(String base, String other, String key) {
        Double p = adjusted.get(id(base, other, key));
        if (p == null) {
            throw new IllegalArgumentException("no comparison of " + other + " with " + base + " on " + key);
        }
        return p;
    }

    private static String id(String base, String other, String key) {
        return base + "\u0000" + other + "\u0000" + key;
    }
}
