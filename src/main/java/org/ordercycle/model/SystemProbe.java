package org.ordercycle.model;

import static org.ordercycle.model.Probe.mean;

import java.util.Map;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.TimeAverage;
import umontreal.ssj.stat.Tally;

/**
 * Where the time of delivered orders goes, step by step, and Little's law for the whole company
 * (orders in the company, their arrival rate and their time in it). These are not measures of
 * {@link org.ordercycle.stats.Measure} but keys of their own in the result.
 */
final class SystemProbe {
    private static final String[] KINDS = {"queue", "processing", "unattended", "closed"};
    private final DeliveryProbe delivery;
    /** Orders placed and not yet ended, over time (the order book's). */
    private final TimeAverage liveOrders;
    private final double warmup;
    private final double end;
    private final double[][] stepTimes = new double[Step.values().length][KINDS.length];
    private final Tally timeInSystem = new Tally();

    SystemProbe(DeliveryProbe delivery, TimeAverage liveOrders, double warmup, double end) {
        this.delivery = delivery;
        this.liveOrders = liveOrders;
        this.warmup = warmup;
        this.end = end;
    }

    void delivered(Order o) {
        for (int step = 0; step < Step.COUNT; step++) {
            stepTimes[step][0] += o.stepTime(step, Order.QUEUE);
            stepTimes[step][1] += o.stepTime(step, Order.PROCESSING);
            stepTimes[step][2] += o.stepTime(step, Order.UNATTENDED);
            stepTimes[step][3] += o.stepTime(step, Order.CLOSED);
        }
    }

    /** An order ended; it counts when it was placed after the warm-up. */
    void terminal(Order o, double now) {
        if (o.placedAt >= warmup) {
            timeInSystem.add(now - o.placedAt);
        }
    }

    /** Puts Little's law's L, lambda and W, then the mean time per step and kind of time. */
    void put(Map<String, Double> v) {
        v.put("system[in_system]", liveOrders.average(end));
        v.put("system[arrival_rate]", delivery.entered() / (end - warmup));
        v.put("system[sojourn]", mean(timeInSystem));
        long delivered = delivery.delivered();
        double n = Math.max(1, delivered);
        for (Step step : Step.values()) {
            for (int k = 0; k < KINDS.length; k++) {
                v.put(ReplicationResult.stepTimeKey(step.label(), KINDS[k]),
                        delivered > 0 ? stepTimes[step.ordinal()][k] / n : Double.NaN);
            }
        }
    }
}
