package org.ordercycle.bench;

/**
 * One line of {@code ordercycle bench}: a measured value, the target it is held to (null for a
 * figure shown for information) and, when it was not measured (NaN), why.
 *
 * @param key    a stable name for programs, e.g. {@code a_orders_per_cpu_second}
 * @param label  what a person reads
 * @param value  the measured value, NaN when skipped
 * @param target the target, or null
 * @param note   why it was skipped, or how it was measured; may be empty
 */
public record Figure(String key, String label, double value, Target target, String note) {
    /** A figure shown for information, without a target. */
    public static Figure info(String key, String label, double value) {
        return new Figure(key, label, value, null, "");
    }

    /** A figure held to a target. */
    public static Figure of(String key, String label, double value, Target target) {
        return new Figure(key, label, value, target, "");
    }

    /** A figure not measured, and why. */
    public static Figure skipped(String key, String label, Target target, String why) {
        return new Figure(key, label, Double.NaN, target, why);
    }

    /** True, false, or null when there is no target or nothing was measured. */
    public Boolean met() {
        return target == null ? null : target.met(value);
    }

    /** "met", "NOT MET", "skipped: why", or empty for information. */
    public String verdict() {
        if (Double.isNaN(value)) {
            return "skipped: " + note;
        }
        Boolean met = met();
        return met == null ? "" : met ? "met" : "NOT MET";
    }
}
