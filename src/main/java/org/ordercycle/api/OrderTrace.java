package org.ordercycle.api;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.TraceEvent;

/**
 * The journey of one order in one run: its trace events (who owned it, what was decided) and its
 * final record, or, when the number never became an order, the numbers that did. {@code ordercycle
 * trace} and the web workbench's trace page both run it.
 */
public final class OrderTrace implements RunListener {
    private final long id;
    private final List<TraceEvent> events = new ArrayList<>();
    private OrderRecord record;
    private long count;
    private long minId = Long.MAX_VALUE;
    private long maxId = Long.MIN_VALUE;
    private long nextOrder = Long.MAX_VALUE;

    /** A listener that keeps order {@code id}'s events and record and counts the others; memory stays small. */
    public OrderTrace(long id) {
        this.id = id;
    }

    /**
     * Runs one replication of {@code scenario} (its warm-up already set) under {@code policy} and
     * traces order {@code id}.
     */
    public static OrderTrace run(Scenario scenario, Policy policy, long seed, int replication, long id) {
        OrderTrace trace = new OrderTrace(id);
        Simulation.replicate(scenario, policy, seed, replication, trace);
        return trace;
    }

    /** True when the engine reported nothing about this number (no such inquiry in the run). */
    public boolean missing() {
        return record == null && events.isEmpty();
    }

    public long id() {
        return id;
    }

    public List<TraceEvent> events() {
        return events;
    }

    /** The order's final record, or null when the inquiry never became an order. */
    public OrderRecord record() {
        return record;
    }

    /** How many orders the run finished. */
    public long count() {
        return count;
    }

    public long minId() {
        return minId;
    }

    public long maxId() {
        return maxId;
    }

    /** The next number above {@link #id()} that became an order, or {@code Long.MAX_VALUE}. */
    public long nextOrder() {
        return nextOrder;
    }

    @Override
    public long tracedOrder() {
        return id;
    }

    @Override
    public void trace(long orderId, TraceEvent event) {
        if (orderId == id) {
            events.add(event);
        }
    }

    @Override
    public void orderFinished(OrderRecord o) {
        count++;
        minId = Math.min(minId, o.id());
        maxId = Math.max(maxId, o.id());
        if (o.id() == id) {
            record = o;
        } else if (o.id() > id) {
            nextOrder = Math.min(nextOrder, o.id());
        }
    }
}
