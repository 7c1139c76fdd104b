package org.ordercycle.model;

import static org.ordercycle.model.Probe.mean;
import static org.ordercycle.model.Probe.share;

import java.util.Map;
import org.ordercycle.stats.Measure;
import umontreal.ssj.stat.Tally;

/** Invoices and their errors, disputes and refunds as billing and the returns desk see them. */
final class BillingProbe implements Probe {
    private final long[] invoices;
    private final long[] invoicesWithError;
    private long allInvoices;
    private long allWithError;
    private long quantityErrors;
    private long priceErrors;
    private long entryErrors;
    private long formatErrors;
    private double disputedAmount;
    private final Tally disputeResolution = new Tally();
    private final Tally refundCycle = new Tally();

    BillingProbe(int segments) {
        this.invoices = new long[segments];
        this.invoicesWithError = new long[segments];
    }

    void invoice(Invoice inv) {
        quantityErrors += inv.quantityError ? 1 : 0;
        priceErrors += inv.priceError ? 1 : 0;
        entryErrors += inv.entryError ? 1 : 0;
        formatErrors += inv.formatError ? 1 : 0;
        int s = inv.order.segment.index;
        invoices[s]++;
        allInvoices++;
        if (inv.anyError()) {
            invoicesWithError[s]++;
            allWithError++;
        }
    }

    void dispute(Invoice inv) {
        disputedAmount += inv.amount;
    }

    void disputeResolved(Invoice inv, double now) {
        disputeResolution.add(now - inv.issuedAt);
    }

    void refunded(Order o, double now) {
        refundCycle.add(now - o.returnRequestedAt);
    }

    /** Share of the invoices of a segment (or of {@link Probe#ALL}) with at least one error. */
    double errorRate(int segment) {
        return segment == ALL ? share(allWithError, allInvoices)
                : share(invoicesWithError[segment], invoices[segment]);
    }

    @Override
    public void report(Map<Measure, Double> out) {
        out.put(Measure.BILLING_ERROR_RATE, errorRate(ALL));
        out.put(Measure.ERROR_QUANTITY_RATE, share(quantityErrors, allInvoices));
        out.put(Measure.ERROR_PRICE_RATE, share(priceErrors, allInvoices));
        out.put(Measure.ERROR_ENTRY_RATE, share(entryErrors, allInvoices));
        out.put(Measure.ERROR_FORMAT_RATE, share(formatErrors, allInvoices));
        out.put(Measure.DISPUTED_AMOUNT, disputedAmount);
        out.put(Measure.DISPUTE_RESOLUTION_TIME_MEAN, mean(disputeResolution));
        out.put(Measure.REFUND_CYCLE_TIME_MEAN, mean(refundCycle));
    }

    @Override
    public void reportSegment(int segment, Map<Measure, Double> out) {
        out.put(Measure.BILLING_ERROR_RATE, errorRate(segment));
    }
}
