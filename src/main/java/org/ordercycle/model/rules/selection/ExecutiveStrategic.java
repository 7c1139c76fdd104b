package org.ordercycle.model.rules.selection;

import static org.ordercycle.model.rules.SalesFormat.fmt;

/**
 * Executives weigh strategy and capacity: they ask the line's capable-to-promise date at the
 * customer's importance; when capacity is short (backlog beyond {@code capacityLimitDays}, or the
 * line cannot make the quoted date) they refuse an order not served from stock whose strategic
 * value (importance x margin) is below {@code minStrategicValue}. The others get the customer's
 * importance as priority and the capable-to-promise date, never earlier than quoted; a date later
 * than quoted is offered to the customer, who may withdraw.
 */
public record ExecutiveStrategic(double capacityLimitDays, double minStrategicValue) implements SelectionRule {

    @Override
    public Selection decide(SelectionView v) {
        double value = v.importance() * v.margin();
        double load = v.lineLoadDays();
        double capable = v.promise().capableToPromise(v.importance());
        boolean capacityShort = load > capacityLimitDays || capable > v.quotedDate() + 1e-9;
        if (!v.fromStock() && capacityShort && value < minStrategicValue) {
            return Selection.reject(capable, () -> "rejected by executives: line " + v.line() + " has " + fmt(load)
                    + " days of work, capable-to-promise day " + fmt(capable) + ", and the order's strategic value "
                    + fmt(value) + " is below " + fmt(minStrategicValue));
        }
        boolean later = capable - v.placedAt() > v.quotedLeadTime() + 1e-9;
        double promised = Math.max(capable, v.quotedDate()); // never earlier than quoted
        return new Selection(later ? Selection.Verdict.OFFER_LATER : Selection.Verdict.ACCEPT, promised, v.importance(),
                capable, () -> "accepted by executives (strategic value " + fmt(value) + "); capable-to-promise date day "
                        + fmt(promised) + " from " + fmt(load) + " days of line load");
    }

    @Override
    public boolean byExecutives() {
        return true;
    }
}
