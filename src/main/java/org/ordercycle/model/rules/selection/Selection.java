package org.ordercycle.model.rules.selection;

import java.util.function.Supplier;

/**
 * The selection desk's decision on one order, and why.
 *
 * @param verdict   accept, reject, or offer a date later than quoted (the customer may withdraw)
 * @param promisedAt the promised delivery day (NaN when rejected)
 * @param priority  the order's priority on the line (0: none)
 * @param capable   the capable-to-promise day the desk asked for (NaN when it asked none)
 * @param reason    the sentence for the trace, built only when asked
 */
public record Selection(Verdict verdict, double promisedAt, double priority, double capable, Supplier<String> reason) {

    /** What happens to the order. */
    public enum Verdict {
        /** Accepted at the promised date. */
        ACCEPT,
        /** Refused. */
        REJECT,
        /** Accepted at a date later than sales quoted: the customer decides whether to stay. */
        OFFER_LATER
    }

    static Selection reject(double capable, Supplier<String> reason) {
        return new Selection(Verdict.REJECT, Double.NaN, 0, capable, reason);
    }
}
