package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.TraceEvent;
import umontreal.ssj.simevents.Simulator;

/**
 * The shared context of one replication: its clock and working calendar, the listener that follows orders, and the
 * sampled journeys. One instance per replication.
 */
final class RunContext implements Context {
    private final Simulator sim;
    private final WorkCalendar calendar;
    final RunListener listener;
    /** False for {@link RunListener#NONE}: order records are then not even built. */
    final boolean reportsOrders;
    final long tracedOrder;
    /** The listener when it follows every order (event log export), else null. */
    final RunListener follower;
    /** The sampled journeys, in the order their leads arrived. */
    final List<JourneyLog> journeys = new ArrayList<>();

    RunContext(Simulator sim, RunListener listener, WorkCalendar calendar) {
        this.sim = sim;
        this.calendar = calendar;
        this.listener = listener;
        this.reportsOrders = listener != RunListener.NONE;
        this.tracedOrder = listener.tracedOrder();
        this.follower = listener.followsEveryOrder() ? listener : null;
    }

    @Override
    public Simulator sim() {
        return sim;
    }

    @Override
    public void after(double delay, Runnable action) {
        Delay.after(sim, delay, action);
    }

    @Override
    public double nextCollection(double t, double interval) {
        if (interval <= 0) {
            return t;
        }
        double origin = calendar.openFraction();
        double k = Math.ceil((t - origin) / interval - 1e-12);
        return Math.max(t, origin + k * interval);
    }

    /**
     * Reports a moment of a traced order's journey (the listener's order or a sampled journey);
     * the text is built only for those. Callers test {@code o.traced} first, so that the lambda
     * that builds the text is not even allocated for the other orders (it was a good part of the
     * allocation on the event loop).
     */
    @Override
    public void trace(Order o, Step step, String what, Supplier<String> detail) {
        if (o.traced) {
            traceAs(o, step, o.owner == null ? "(hand-off)" : o.owner, what, detail);
        }
    }

    /**
     * Context for the one order traced ({@code ordercycle trace}), not a step of its journey: told
     * to the listener only, so that sampled journeys and event logs stay the order's own moments.
     */
    void note(Order o, Step step, String owner, String what, Supplier<String> detail) {
        if (o.id == tracedOrder) {
            listener.trace(o.id, new TraceEvent(sim.time(), step.label(), owner, what, detail.get()));
        }
    }

    /** Like {@link #trace}, for work done beside the order's main flow by {@code owner} (billing, service). */
    @Override
    public void traceAs(Order o, Step step, String owner, String what, Supplier<String> detail) {
        if (o.traced) {
            TraceEvent e = new TraceEvent(sim.time(), step.label(), owner, what, detail.get());
            if (o.id == tracedOrder || follower != null) {
                listener.trace(o.id, e);
            }
            if (o.journey != null) { // side work (billing, service) does not take the order from its owner
                String lane = o.owner == null ? "(hand-off)" : o.owner;
                o.journey.add(lane.equals(owner) ? e : new TraceEvent(e.time(), e.step(), lane, e.what(), e.detail()));
            }
        }
    }

    /** Samples leads of each segment for the journey swimlane: the first after each of its instants. */
    void sampleJourney(Order o) {
        SegmentModel s = o.segment;
        if (s.sampledJourneys < s.journeyInstants.length && sim.time() >= s.journeyInstants[s.sampledJourneys]) {
            s.sampledJourneys++;
            o.journey = new JourneyLog(s.spec.id() + "#" + s.sampledJourneys, o);
            o.traced = true;
            journeys.add(o.journey);
        }
    }
}
