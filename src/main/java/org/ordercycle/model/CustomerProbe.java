package org.ordercycle.model;

import static org.ordercycle.model.Probe.share;

import java.util.Map;
import org.ordercycle.stats.Measure;

/**
 * What the customer lives through: service visits that had to be repeated, and the satisfaction
 * index built from delivery, stock, billing and service as the other probes measured them.
 */
final class CustomerProbe implements Probe {
    private static final double[] WEIGHTS = {0.35, 0.25, 0.25, 0.15};
    private final DeliveryProbe delivery;
    private final BillingProbe billing;
    private final long[] visits;
    private final long[] repeats;
    private long allVisits;
    private long allRepeats;

    CustomerProbe(int segments, DeliveryProbe delivery, BillingProbe billing) {
        this.delivery = delivery;
        this.billing = billing;
        this.visits = new long[segments];
        this.repeats = new long[segments];
    }

    void serviceVisit(Order o, boolean repeat) {
        int s = o.segment.index;
        visits[s]++;
        allVisits++;
        if (repeat) {
            repeats[s]++;
            allRepeats++;
        }
    }

    private double repeatRate(int segment) {
        return segment == ALL ? share(allRepeats, allVisits) : share(repeats[segment], visits[segment]);
    }

    /**
     * Satisfaction index, 0 to 100: 0.35 on-time rate + 0.25 fill rate + 0.25 share of correct
     * invoices + 0.15 share of service visits not repeated, weights renormalised over the
     * components that exist for this segment (e.g. no fill rate without make-to-stock orders).
     */
    double satisfaction(int segment) {
        double[] values = {delivery.onTimeRate(segment), delivery.fillRate(segment),
            1 - billing.errorRate(segment), 1 - repeatRate(segment)};
        double sum = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                sum += WEIGHTS[i] * values[i];
                total += WEIGHTS[i];
            }
        }
        return total > 0 ? 100 * sum / total : Double.NaN;
    }

    @Override
    public void report(Map<Measure, Double> out) {
        out.put(Measure.SATISFACTION_INDEX, satisfaction(ALL));
        out.put(Measure.REPEAT_VISIT_RATE, repeatRate(ALL));
    }

    @Override
    public void reportSegment(int segment, Map<Measure, Double> out) {
        out.put(Measure.SATISFACTION_INDEX, satisfaction(segment));
    }
}
