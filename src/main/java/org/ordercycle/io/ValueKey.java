package org.ordercycle.io;

import org.ordercycle.stats.Measure;

/**
 * A value key of {@code ReplicationResult.values()} split for long-format tables:
 * {@code lead_time_mean} is (lead_time_mean, all), {@code lead_time_mean[b2b]} is
 * (lead_time_mean, b2b); any other key, e.g. {@code step_time[entry.queue]}, is kept whole
 * with segment {@code all}.
 *
 * @param measure the measure key, or the whole key when it is not a measure
 * @param segment the segment id, or {@link #ALL} for a company-wide value
 */
public record ValueKey(String measure, String segment) {

    /** Segment name of company-wide values. */
    public static final String ALL = "all";

    /** Splits a value key. */
    public static ValueKey parse(String key) {
        int open = key.indexOf('[');
        if (open > 0 && key.endsWith("]") && isMeasure(key.substring(0, open))) {
            return new ValueKey(key.substring(0, open), key.substring(open + 1, key.length() - 1));
        }
        return new ValueKey(key, ALL);
    }

    /** True for a company-wide value. */
    public boolean companyWide() {
        return ALL.equals(segment);
    }

    private static boolean isMeasure(String name) {
        for (Measure m : Measure.values()) {
            if (m.key().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
