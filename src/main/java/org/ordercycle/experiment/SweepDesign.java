package org.ordercycle.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;

/**
 * The design points of a {@link Sweep}: the full factorial of the listed values (first parameter
 * slowest) crossed with the Latin hypercube samples of the ranges (sample index fastest). Stateless.
 */
final class SweepDesign {
    /** Significant digits of sampled values. */
    static final int DIGITS = 6;

    /** Loads the scenario file with overrides. */
    @FunctionalInterface
    interface Loader {
        Scenario load(Map<String, String> overrides) throws ScenarioException;
    }

    private SweepDesign() {
    }

    /** Points {@code p000}, {@code p001}, ...: every combination of the lists, crossed with every sample. */
    static List<SweepResult.Point> points(Map<String, List<String>> lists, List<Map<String, String>> sampled) {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(c);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        int total = combos.size() * sampled.size();
        String format = "p%0" + Math.max(3, String.valueOf(total - 1).length()) + "d";
        List<SweepResult.Point> points = new ArrayList<>();
        for (Map<String, String> c : combos) {
            for (Map<String, String> s : sampled) {
                Map<String, String> values = new LinkedHashMap<>(c);
                values.putAll(s);
                points.add(new SweepResult.Point(String.format(format, points.size()), values));
            }
        }
        return points;
    }

    /** n Latin hypercube samples of the ranges, from the design stream of {@code seed}. */
    static List<Map<String, String>> sample(Map<String, double[]> ranges, Map<String, Boolean> whole, int n,
                                            long seed) {
        List<String> names = new ArrayList<>(ranges.keySet());
        double[][] u = LatinHypercube.sample(n, names.size(), LatinHypercube.stream(seed));
        List<Map<String, String>> out = new ArrayList<>();
        for (double[] row : u) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int j = 0; j < names.size(); j++) {
                m.put(names.get(j), value(ranges.get(names.get(j)), row[j], whole.get(names.get(j))));
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The override text of a sample u in [0,1) of a range: lo + u (hi - lo) rounded to 6
     * significant digits and kept in [lo, hi]; for whole numbers, lo + floor(u (hi - lo + 1)).
     */
    static String value(double[] range, double u, boolean whole) {
        double lo = range[0];
        double hi = range[1];
        if (whole) {
            return Long.toString(Math.min((long) hi, (long) lo + (long) Math.floor(u * (hi - lo + 1))));
        }
        double x = new BigDecimal(lo + u * (hi - lo)).round(new MathContext(DIGITS)).doubleValue();
        x = Math.max(lo, Math.min(hi, x));
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /**
     * True when a range with whole ends addresses a whole-number field: the loader, given a
     * fraction inside the range there, says the field must be a whole number. A path that names
     * nothing fails here, before any run.
     */
    static boolean wholeNumbers(Loader loader, String path, double[] range) throws ScenarioException {
        if (range[0] != Math.rint(range[0]) || range[1] != Math.rint(range[1]) || range[1] == range[0]) {
            return false;
        }
        try {
            loader.load(Map.of(path, Double.toString(range[0] + 0.5)));
            return false;
        } catch (ScenarioException e) {
            boolean whole = false;
            for (ScenarioError err : e.errors()) {
                if (err.message().contains("must be a whole number")) {
                    whole = true;
                } else if (err.message().contains("names nothing") || err.message().contains("not a field path")) {
                    throw e;
                }
            }
            return whole;
        }
    }
}
