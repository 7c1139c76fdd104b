package org.ordercycle.model;

import static org.ordercycle.model.dept.Text.fmt;

import java.util.List;
import org.ordercycle.engine.Sampler;
import org.ordercycle.model.dept.LeadReceiver;
import org.ordercycle.model.dept.OrderReceiver;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * Where leads come from: each customer segment sends leads at its seasonal rate, and after-sales
 * visits may pass a customer's new need on (service-link). A new lead takes the key of its uniforms, gets its
 * id, is counted and goes to sales. The customers are not a department: they act on their own
 * streams, the same under every policy (common random numbers).
 */
final class LeadSource implements LeadReceiver {
    private final RunContext context;
    private final List<SegmentModel> segments;
    private final RandomStream serviceLeads;
    private final OrderBook books;
    private final Metrics metrics;
    private final OrderReceiver sales;
    /** The ids of new leads. */
    private final OrderIds ids;
    /** The end of the run: no lead is scheduled after it. */
    private final double end;

    LeadSource(RunContext context, List<SegmentModel> segments, RandomStream serviceLeads,
            double end, OrderBook books, Metrics metrics, OrderReceiver sales) {
        this.context = context;
        this.segments = segments;
        this.serviceLeads = serviceLeads;
        this.books = books;
        this.metrics = metrics;
        this.sales = sales;
        this.ids = new OrderIds(segments, end);
        this.end = end;
    }

    void start() {
        for (SegmentModel s : segments) {
            new LeadArrival(s).scheduleNextLead();
        }
    }

    /** A lead passed on by an after-sales visit (service-link); its attributes come from their own stream. */
    @Override
    public void lead(Order from) {
        newLead(from.segment, serviceLeads, false);
    }

    private void newLead(SegmentModel s, RandomStream attributes, boolean fromSegment) {
        long key = Draw.key(attributes.nextDouble(), attributes.nextDouble());
        long id = ids.next(s, !fromSegment);
        ProductModel product = s.product(Draw.uniform(key, Draw.PRODUCT, 0));
        int quantity = s.size(Draw.uniform(key, Draw.SIZE, 0));
        double requested = Math.max(0.01, s.requestedLeadTime.sample(Draw.uniform(key, Draw.REQUESTED_LEAD_TIME, 0)));
        double now = context.sim().time();
        Order o = new Order(id, s, key, now, product, quantity, requested,
                id == context.tracedOrder || context.follower != null);
        o.follower = context.follower;
        books.leads++;
        if (fromSegment) { // service leads come on top: sampling them would shift the customers followed
            context.sampleJourney(o);
        }
        product.periodLeadUnits += quantity;
        o.fromService = !fromSegment;
        product.addOpenLeadUnits(o.fromService, quantity);
        metrics.lead(o);
        if (o.traced) {
            context.trace(o, Step.GENERATION, "arrive", () -> "lead from segment " + s.spec.id() + ": " + quantity + " x "
                    + product.spec.id() + ", wants delivery within " + fmt(requested) + " days");
            context.note(o, Step.PLANNING, "planners", "plan", product.planReason());
        }
        sales.receive(o);
    }

    /**
     * Leads of one segment: a Poisson process thinned to the seasonal rate (Lewis and Shedler
     * 1979). The candidates a lead passes over are drawn in a loop rather than scheduled as
     * events: the same draws from the arrivals stream in the same order, the same times, and one
     * event per lead instead of one per candidate.
     */
    private final class LeadArrival extends Event {
        private final SegmentModel segment;

        LeadArrival(SegmentModel segment) {
            super(context.sim());
            this.segment = segment;
        }

        /** Draws candidates from now on until one is kept, and schedules it (none after the run's end). */
        void scheduleNextLead() {
            double t = context.sim().time();
            do {
                t += Sampler.exponential(segment.arrivals.nextDouble(), 1 / segment.maxRate);
                if (t > end) {
                    return;
                }
            } while (segment.arrivals.nextDouble() >= segment.rate(t) / segment.maxRate);
            setTime(t); // the candidate's own time, not now + (t - now), which may round differently
            context.sim().getEventList().add(this);
        }

        @Override
        public void actions() {
            newLead(segment, segment.attributes, true);
            scheduleNextLead();
        }
    }
}
