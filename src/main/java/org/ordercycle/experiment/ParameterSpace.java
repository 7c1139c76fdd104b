package org.ordercycle.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario parameters an exploratory design varies, each over [lo, hi] by path, and those it
 * sets to one value at every point. A path is given once, as a range or as a value.
 */
final class ParameterSpace {
    private final Map<String, double[]> ranges = new LinkedHashMap<>();
    private final Map<String, String> fixed = new LinkedHashMap<>();

    /** A numeric field varied over [lo, hi] (finite, lo < hi). */
    void range(String path, double lo, double hi) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
            throw new IllegalArgumentException("range of " + path + " must have finite ends with lo < hi, was "
                    + lo + ".." + hi);
        }
        if (fixed.containsKey(path) || ranges.putIfAbsent(path, new double[] {lo, hi}) != null) {
            throw new IllegalArgumentException("parameter " + path + " is given twice");
        }
    }

    /** A field set to the same value at every point; not a parameter. */
    void set(String path, String value) {
        if (ranges.containsKey(path) || fixed.putIfAbsent(path, value) != null) {
            throw new IllegalArgumentException("parameter " + path + " is given twice");
        }
    }

    /** The varied parameters and their [lo, hi], in the order given. */
    Map<String, double[]> ranges() {
        return Collections.unmodifiableMap(ranges);
    }

    /** The values of one design point, with the fixed fields first. */
    Map<String, String> withFixed(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(fixed);
        all.putAll(values);
        return all;
    }

    /** A sweep of the scenario file with the fixed fields set. */
    Sweep sweepOf(java.nio.file.Path file) {
        Sweep sweep = Sweep.on(file);
        fixed.forEach(sweep::set);
        return sweep;
    }
}
