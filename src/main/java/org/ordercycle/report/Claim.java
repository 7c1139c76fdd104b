package org.ordercycle.report;

import java.util.Optional;
import tech.tablesaw.api.Row;

/**
 * One claim a sentence of the report makes about a measure: both means, the paired difference
 * with its 95% interval, all copied from one row of {@code comparison.csv}, and the direction the
 * sentence states. The direction is chosen from the interval, never written by hand, so a sentence
 * cannot say "higher" of a figure its chart shows lower.
 *
 * @param measure   key of the measure, as in the table
 * @param base      policy the difference is taken against
 * @param other     policy compared with the base
 * @param meanBase  mean under the base policy
 * @param meanOther mean under the other policy
 * @param difference mean of the paired differences, other minus base
 * @param low       lower end of the 95% interval of the difference
 * @param high      upper end of the 95% interval of the difference
 * @param significant the table's word on whether that interval excludes zero
 */
record Claim(String measure, String base, String other, double meanBase, double meanOther, double difference,
             double low, double high, boolean significant) {

    /** What a claim says of the other policy against the base. */
    enum Direction {
        HIGHER, LOWER, WITHIN
    }

    /** The claim a comparison row supports. */
    static Claim of(Row r) {
        return new Claim(Rows.text(r, "measure"), Rows.text(r, "base_policy"), Rows.text(r, "other_policy"),
                Rows.number(r, "mean_base"), Rows.number(r, "mean_other"), Rows.number(r, "mean_difference"),
                Rows.number(r, "ci_low"), Rows.number(r, "ci_high"), Rows.significant(r));
    }

    /** The claim about a measure for a pair of policies, when the comparison table has its row. */
    static Optional<Claim> of(Readings tables, String measure, String base, String other) {
        return tables.comparisonRow(measure, base, other).map(Claim::of);
    }

    /**
     * Higher or lower only when the table says the 95% interval excludes zero, then by the sign of
     * the difference; otherwise the difference is within what chance alone gives, and nothing is
     * claimed.
     */
    Direction direction() {
        if (!significant || difference == 0 || !Double.isFinite(difference)) {
            return Direction.WITHIN;
        }
        return difference > 0 ? Direction.HIGHER : Direction.LOWER;
    }

    /** True when the interval excludes zero. */
    boolean clear() {
        return direction() != Direction.WITHIN;
    }
}
