package org.ordercycle.model.rules.selection;

import static org.ordercycle.model.rules.SalesFormat.fmt;

/**
 * Senior sales staff: the junior size rule, then the capable-to-promise date of an order without
 * priority (no view of strategy). An order the line cannot make by the date the customer asked
 * for is refused; the others are promised that date, never earlier than quoted.
 */
public record SeniorWithCapacity(double juniorMinSize) implements SelectionRule {

    @Override
    public Selection decide(SelectionView v) {
        if (v.quantity() < juniorMinSize) {
            return Selection.reject(Double.NaN, () -> "rejected by senior staff: " + v.quantity() + " units is below "
                    + fmt(juniorMinSize));
        }
        double capable = v.promise().capableToPromise(0);
        double customerDate = v.placedAt() + v.requestedLeadTime();
        if (capable > customerDate + 1e-9) {
            return Selection.reject(capable, () -> "rejected by senior staff: the line can deliver by day " + fmt(capable)
                    + ", after the customer's date day " + fmt(customerDate));
        }
        double promised = Math.max(capable, v.quotedDate()); // never earlier than quoted
        return new Selection(Selection.Verdict.ACCEPT, promised, 0, capable, () -> "accepted by senior staff;"
                + " capable-to-promise date day " + fmt(promised) + " from " + fmt(v.lineLoadDays()) + " days of line load");
    }
}
