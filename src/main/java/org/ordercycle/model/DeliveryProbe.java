package org.ordercycle.model;

import static org.ordercycle.model.Probe.mean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ordercycle.stats.LeadTimeHistogram;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.P2Quantile;
import umontreal.ssj.stat.Tally;

/**
 * The order funnel (leads to deliveries) and how fast and reliably orders are delivered, per
 * customer segment and for the whole company.
 */
final class DeliveryProbe implements Probe {
    private final Funnel[] bySegment;
    /** The whole company's funnel: the segment's own when there is one segment (the same observations). */
    private final Funnel all;
    /** By segment: the funnels an order of that segment counts in (its own and the company's). */
    private final Funnel[][] counted;
    private final LiveOrders live;
    private long partialShipments;
    private final double[] weekSum;
    private final int[] weekCount;
    private final LeadTimeHistogram.Builder leadTimes = new LeadTimeHistogram.Builder();

    /** Counts and lead-time collectors of one segment or of the whole company. */
    private static final class Funnel {
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
    }

    /** A probe for {@code segments} segments over {@code weeks} weeks; {@code live} gives the orders still open at the end. */
    DeliveryProbe(int segments, int weeks, LiveOrders live) {
        this.bySegment = new Funnel[segments];
        for (int i = 0; i < segments; i++) {
            bySegment[i] = new Funnel();
        }
        this.all = segments == 1 ? bySegment[0] : new Funnel();
        this.counted = new Funnel[segments][];
        for (int i = 0; i < segments; i++) {
            counted[i] = segments == 1 ? new Funnel[] {all} : new Funnel[] {bySegment[i], all};
        }
        this.live = live;
        this.weekSum = new double[weeks];
        this.weekCount = new int[weeks];
    }

    private Funnel[] both(Order o) {
        return counted[o.segment.index];
    }

    private Funnel of(int segment) {
        return segment == ALL ? all : bySegment[segment];
    }

    void lead(Order o) {
        for (Funnel f : both(o)) {
            f.leads++;
        }
    }

    void unqualified(Order o) {
        for (Funnel f : both(o)) {
            f.unqualified++;
        }
    }

    void declined(Order o) {
        for (Funnel f : both(o)) {
            f.declined++;
        }
    }

    void placed(Order o) {
        for (Funnel f : both(o)) {
            f.entered++;
        }
    }

    void rejected(Order o) {
        for (Funnel f : both(o)) {
            f.rejected++;
        }
    }

    void lost(Order o) {
        for (Funnel f : both(o)) {
            f.lost++;
        }
    }

    void returned(Order o) {
        for (Funnel f : both(o)) {
            f.returned++;
        }
    }

    void stockRequest(Order o, int fromStock) {
        for (Funnel f : both(o)) {
            f.unitsRequestedFromStock += o.quantity;
            f.unitsFromStock += fromStock;
            if (fromStock < o.quantity) {
                f.backorders++;
            }
        }
    }

    void partialShipment() {
        partialShipments++;
    }

    /** A delivery at time {@code now}, warm-up included: warm-up detection needs the whole run. */
    void week(Order o, double now) {
        int week = (int) (now / 7.0);
        if (week < weekSum.length) {
            weekSum[week] += o.leadTime();
            weekCount[week]++;
        }
    }

    void delivered(Order o) {
        double lt = o.leadTime();
        leadTimes.add(lt);
        double unattended = o.totalUnattended();
        for (Funnel f : both(o)) {
            f.delivered++;
            if (o.onTime()) {
                f.onTime++;
            }
            f.leadTime.add(lt);
            f.p50.add(lt);
            f.p90.add(lt);
            f.p95.add(lt);
            f.promisedLeadTime.add(o.promisedAt - o.placedAt);
            f.lateness.add(Math.max(0, o.deliveredAt - o.promisedAt));
            f.unattended.add(unattended);
        }
    }

    long delivered() {
        return all.delivered;
    }

    long entered() {
        return all.entered;
    }

    double onTimeRate(int segment) {
        Funnel f = of(segment);
        return f.delivered > 0 ? (double) f.onTime / f.delivered : Double.NaN;
    }

    double fillRate(int segment) {
        Funnel f = of(segment);
        return f.unitsRequestedFromStock > 0 ? f.unitsFromStock / f.unitsRequestedFromStock : Double.NaN;
    }

    LeadTimeHistogram leadTimes() {
        return leadTimes.build();
    }

    /** Mean lead time of the orders delivered in each week from time 0 (NaN for an empty week). */
    List<Double> weeklyLeadTime() {
        List<Double> series = new ArrayList<>(weekSum.length);
        for (int w = 0; w < weekSum.length; w++) {
            series.add(weekCount[w] > 0 ? weekSum[w] / weekCount[w] : Double.NaN);
        }
        return series;
    }

    @Override
    public void report(Map<Measure, Double> out) {
        put(ALL, out);
        out.put(Measure.PARTIAL_SHIPMENTS, (double) partialShipments);
        out.put(Measure.ORDERS_IN_PROGRESS, (double) live.size());
    }

    @Override
    public void reportSegment(int segment, Map<Measure, Double> out) {
        put(segment, out);
    }

    private void put(int segment, Map<Measure, Double> out) {
        Funnel f = of(segment);
        out.put(Measure.LEAD_TIME_MEAN, mean(f.leadTime));
        out.put(Measure.LEAD_TIME_P50, f.p50.value());
        out.put(Measure.LEAD_TIME_P90, f.p90.value());
        out.put(Measure.LEAD_TIME_P95, f.p95.value());
        out.put(Measure.PROMISED_LEAD_TIME_MEAN, mean(f.promisedLeadTime));
        out.put(Measure.ON_TIME_RATE, onTimeRate(segment));
        out.put(Measure.LATENESS_MEAN, mean(f.lateness));
        out.put(Measure.FILL_RATE, fillRate(segment));
        out.put(Measure.BACKORDERS, (double) f.backorders);
        out.put(Measure.UNATTENDED_TIME_MEAN, mean(f.unattended));
        out.put(Measure.LEADS, (double) f.leads);
        out.put(Measure.LEADS_UNQUALIFIED, (double) f.unqualified);
        out.put(Measure.QUOTES_DECLINED, (double) f.declined);
        out.put(Measure.ORDERS_ENTERED, (double) f.entered);
        out.put(Measure.ORDERS_DELIVERED, (double) f.delivered);
        out.put(Measure.ORDERS_REJECTED, (double) f.rejected);
        out.put(Measure.ORDERS_LOST, (double) f.lost);
        out.put(Measure.ORDERS_RETURNED, (double) f.returned);
    }
}
