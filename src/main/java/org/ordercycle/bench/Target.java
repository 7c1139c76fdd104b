package org.ordercycle.bench;

import java.util.Locale;

/** The targets of {@code ordercycle bench}: the range a figure must fall in to be met. */
public enum Target {
    /** (a) orders per CPU second of one thread on the scenario, at least. */
    ORDERS_PER_CPU_SECOND(200_000, Double.NaN),
    /** (b) the speed-up of compare from 1 to 2 threads, at least. */
    SPEEDUP(1.8, Double.NaN),
    /** (c) CPU per order of a 16 times wider company over a 16 times longer horizon, at most. */
    WIDE_RATIO(Double.NaN, 1.3),
    /** (d) customers per CPU second of the M/M/3 queue against SimPy's, at least. */
    MMC_OVER_SIMPY(20, Double.NaN),
    /** (d) customers per CPU second of the M/M/3 queue against a bare SSJ event loop's, at least. */
    MMC_OVER_SSJ(0.5, Double.NaN),
    /** (e) Spark's time per replication over a local one's, less one, at most. */
    SPARK_OVERHEAD(Double.NaN, 0.10),
    /** (f) the main job's wall time in seconds, at most. */
    MAIN_JOB_SECONDS(Double.NaN, 6),
    /** (g) the measured speed over the speed the refusal estimate assumes: at least 1, at most 1.5. */
    ESTIMATE_MARGIN(1, 1.5),
    /** The live heap's growth from 1x to 10x the horizon, at most. */
    HEAP_GROWTH(Double.NaN, 0.10);

    /** The lowest value that meets the target, or NaN for none. */
    public final double min;
    /** The highest value that meets the target, or NaN for none. */
    public final double max;

    Target(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /** Whether {@code value} meets the target; null when it was not measured (NaN). */
    public Boolean met(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        return !(value < min) && !(value > max);
    }

    /** The target as printed: "at least 1.8", "at most 6", "1 to 1.5". */
    public String text() {
        if (!Double.isNaN(min) && !Double.isNaN(max)) {
            return number(min) + " to " + number(max);
        }
        return Double.isNaN(min) ? "at most " + number(max) : "at least " + number(min);
    }

    private static String number(double x) {
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.2f", x);
    }
}
