package org.ordercycle.model.rules.selection;

/**
 * What the selection desk may know about a placed order (days are simulation days).
 *
 * @param quantity          units ordered
 * @param placedAt          day the order was placed
 * @param quotedLeadTime    lead time sales quoted (days)
 * @param requestedLeadTime lead time the customer asked for (days)
 * @param importance        the customer segment's strategic importance
 * @param margin            the order's margin: (agreed price - unit cost) x quantity
 * @param fromStock         true when a make-to-stock product is on hand in the quantity ordered
 * @param line              id of the line that would make the order
 * @param lineLoadDays      days of work queued on that line
 * @param promise           the line's capable-to-promise answer, asked only by rules that see capacity
 */
public record SelectionView(int quantity, double placedAt, double quotedLeadTime, double requestedLeadTime,
                            double importance, double margin, boolean fromStock, String line, double lineLoadDays,
                            LinePromise promise) {

    /** The day sales' quote promised: placed + quoted lead time. */
    public double quotedDate() {
        return placedAt + quotedLeadTime;
    }
}
