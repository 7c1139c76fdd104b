package org.ordercycle.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ordercycle.stats.Journey;
import org.ordercycle.stats.TraceEvent;
import umontreal.ssj.rng.RandomStream;

/** The moments of one sampled lead's journey, collected while the replication runs. */
final class JourneyLog {
    /** Leads sampled per segment after the warm-up: enough for a readable swimlane. */
    static final int PER_SEGMENT = 4;
    /** Days at the end of the run where no journey starts, so that its order is delivered in time. */
    static final double END_MARGIN_DAYS = 30;

    private final String key;
    private final Order order;
    private final List<TraceEvent> events = new ArrayList<>();
    /** Set when the lead never became an order: unqualified or declined. */
    String leadOutcome;

    JourneyLog(String key, Order order) {
        this.key = key;
        this.order = order;
    }

    /**
     * The instants after which a segment's journeys are sampled: {@link #PER_SEGMENT} uniform
     * draws over the measured period (but its last month, or quarter if shorter), sorted. The
     * first leads after the warm-up would all arrive on one day, often a Friday whose orders wait
     * over the weekend; random instants give leads of any weekday, hour and season.
     */
    static double[] instants(RandomStream draws, double warmup, double end) {
        double span = end - warmup;
        double width = span - Math.min(END_MARGIN_DAYS, span / 4);
        double[] t = new double[PER_SEGMENT];
        for (int k = 0; k < t.length; k++) {
            t[k] = warmup + draws.nextDouble() * width;
        }
        Arrays.sort(t);
        return t;
    }

    void add(TraceEvent e) {
        events.add(e);
    }

    Journey build() {
        String outcome = leadOutcome != null ? leadOutcome : order.state.name().toLowerCase(Locale.ROOT);
        return new Journey(key, order.id, order.segment.spec.id(), outcome, events, order.deliveredAt);
    }
}
