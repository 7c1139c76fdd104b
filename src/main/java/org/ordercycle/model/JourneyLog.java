package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ordercycle.stats.Journey;
import org.ordercycle.stats.TraceEvent;

/** The moments of one sampled lead's journey, collected while the replication runs. */
final class JourneyLog {
    /** Leads sampled per segment after the warm-up: enough for a readable swimlane. */
    static final int PER_SEGMENT = 4;

    private final String key;
    private final Order order;
    private final List<TraceEvent> events = new ArrayList<>();
    /** Set when the lead never became an order: unqualified or declined. */
    String leadOutcome;

    JourneyLog(String key, Order order) {
        this.key = key;
        this.order = order;
    }

    void add(TraceEvent e) {
        events.add(e);
    }

    Journey build() {
        String outcome = leadOutcome != null ? leadOutcome : order.state.name().toLowerCase(Locale.ROOT);
        return new Journey(key, order.id, order.segment.spec.id(), outcome, events, order.deliveredAt);
    }
}
