package org.ordercycle.model;

import org.ordercycle.stats.OrderRecord;

/** Builds the public {@link OrderRecord} of an order. */
final class Records {
    private Records() {
    }

    static OrderRecord of(Order o, double now) {
        // the first invoice is what the customer received first: it shows the errors of the policy
        Invoice first = o.invoices.isEmpty() ? null : o.invoices.get(0);
        double invoicedQuantity = first == null ? 0 : first.quantity;
        double invoicedAmount = first == null ? 0 : first.amount;
        StringBuilder errors = new StringBuilder();
        for (Invoice inv : o.invoices) {
            String e = inv.errorText();
            if (!e.isEmpty() && errors.indexOf(e) < 0) {
                errors.append(errors.isEmpty() ? "" : ";").append(e);
            }
        }
        double invoicedPrice = invoicedQuantity > 0 ? invoicedAmount / invoicedQuantity : Double.NaN;
        String state = o.state.terminal() ? o.state.name().toLowerCase(java.util.Locale.ROOT) : "in_progress";
        return new OrderRecord(o.id, o.segment.spec.id(), o.product.spec.id(), o.quantity, o.listPrice, o.agreedPrice,
                invoicedQuantity, invoicedPrice, errors.toString(), o.placedAt, o.promisedAt, o.deliveredAt, o.paidAt,
                o.stepTimes(Order.QUEUE), o.stepTimes(Order.PROCESSING), o.stepTimes(Order.UNATTENDED), o.totalUnattended(), state,
                o.stepTimes(Order.CLOSED));
    }
}
