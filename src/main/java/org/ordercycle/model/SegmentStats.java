package org.ordercycle.model;

import org.ordercycle.stats.P2Quantile;
import umontreal.ssj.stat.Tally;

/** Streaming accumulators of one segment (or of the whole company), after the warm-up. */
final class SegmentStats {
    long leads;
    long unqualified;
    long declined;
    long entered;
    long rejected;
    long lost;
    long returned;
    long delivered;
    long onTime;
    long backorders;
    double unitsRequestedFromStock;
    double unitsFromStock;
    final Tally leadTime = new Tally();
    final Tally promisedLeadTime = new Tally();
    final Tally lateness = new Tally();
    final Tally unattended = new Tally();
    final P2Quantile p50 = new P2Quantile(0.50);
    final P2Quantile p90 = new P2Quantile(0.90);
    final P2Quantile p95 = new P2Quantile(0.95);
    long invoices;
    long invoicesWithError;
    double revenue;
    final Tally daysToPay = new Tally();
    long serviceVisits;
    long repeatVisits;

    double fillRate() {
        return unitsRequestedFromStock > 0 ? unitsFromStock / unitsRequestedFromStock : Double.NaN;
    }

    double onTimeRate() {
        return delivered > 0 ? (double) onTime / delivered : Double.NaN;
    }

    double billingErrorRate() {
        return invoices > 0 ? (double) invoicesWithError / invoices : Double.NaN;
    }

    double repeatVisitRate() {
        return serviceVisits > 0 ? (double) repeatVisits / serviceVisits : Double.NaN;
    }

    /**
     * Satisfaction index, 0 to 100: 0.35 on-time rate + 0.25 fill rate + 0.25 share of correct
     * invoices + 0.15 share of service visits not repeated, weights renormalised over the
     * components that exist for this segment (e.g. no fill rate without make-to-stock orders).
     */
    double satisfaction() {
        double[] values = {onTimeRate(), fillRate(), 1 - billingErrorRate(), 1 - repeatVisitRate()};
        double[] weights = {0.35, 0.25, 0.25, 0.15};
        double sum = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                sum += weights[i] * values[i];
                total += weights[i];
            }
        }
        return total > 0 ? 100 * sum / total : Double.NaN;
    }

    static double mean(Tally t) {
        return t.numberObs() > 0 ? t.average() : Double.NaN;
    }
}
