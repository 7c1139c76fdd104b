package org.ordercycle.stats;

import java.io.Serializable;
import java.util.List;

/**
 * The journey of one sampled lead through the company, for the order-journey swimlane. Leads are
 * sampled by position in their segment's arrival stream (the k-th lead of a segment after the
 * warm-up), so that every policy follows the same customers (common random numbers).
 *
 * @param key     "segment#k", the same for the same customer under every policy
 * @param order   the lead's order number in this replication
 * @param segment segment id
 * @param outcome what became of it by the end of the run: unqualified, declined, open, delivered,
 *                paid, rejected, lost or returned (lower case)
 * @param events      the moments of its journey, in time order
 * @param deliveredAt simulated day the order was delivered in full, NaN when it was not
 */
public record Journey(String key, long order, String segment, String outcome, List<TraceEvent> events,
                      double deliveredAt)
        implements Serializable {

    public Journey {
        events = List.copyOf(events);
    }
}
