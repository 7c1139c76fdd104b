package org.ordercycle.model;

import static org.ordercycle.model.dept.Text.fmt;

import java.util.List;
import org.ordercycle.model.dept.LeadReceiver;
import org.ordercycle.model.dept.OrderReceiver;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * Where leads come from: each customer segment sends leads at its seasonal rate, and after-sales
 * visits may pass a customer's new need on (service-link). A new lead draws its uniforms, gets its
 * id, is counted and goes to sales. The customers are not a department: they act on their own
 * streams, the same under every policy (common random numbers).
 */
final class LeadSource implements LeadReceiver {
    private final RunContext context;
    private final List<SegmentModel> segments;
    /** Per segment, by index: the stream of the uniforms after the first {@link Draw#COUNT} of each lead. */
    private final RandomStream[] details;
    private final RandomStream serviceLeads;
    private final OrderBook books;
    private final Metrics metrics;
    private final OrderReceiver sales;
    /** The ids of new leads. */
    private final OrderIds ids;

    LeadSource(RunContext context, List<SegmentModel> segments, RandomStream[] details, RandomStream serviceLeads,
            double end, OrderBook books, Metrics metrics, OrderReceiver sales) {
        this.context = context;
        this.segments = segments;
        this.details = details;
        this.serviceLeads = serviceLeads;
        this.books = books;
        this.metrics = metrics;
        this.sales = sales;
        this.ids = new OrderIds(segments, end);
    }

    void start() {
        for (SegmentModel s : segments) {
            new LeadArrival(s).scheduleNextCandidate();
        }
    }

    /** A lead passed on by an after-sales visit (service-link); its attributes come from their own stream. */
    @Override
    public void lead(Order from) {
        newLead(from.segment, serviceLeads, serviceLeads, false);
    }

    private void newLead(SegmentModel s, RandomStream attributes, RandomStream detailDraws, boolean fromSegment) {
        double[] u = new double[Draw.TOTAL];
        for (int i = 0; i < u.length; i++) {
            u[i] = (i < Draw.COUNT ? attributes : detailDraws).nextDouble();
        }
        long id = ids.next(s, !fromSegment);
        ProductModel product = s.product(u[Draw.PRODUCT]);
        int quantity = s.size(u[Draw.SIZE]);
        double requested = Math.max(0.01, s.requestedLeadTime.sample(u[Draw.REQUESTED_LEAD_TIME]));
        double now = context.sim().time();
        Order o = new Order(id, s, u, now, product, quantity, requested,
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
        }
        sales.receive(o);
    }

    /** Leads of one segment: a Poisson process thinned to the seasonal rate (Lewis and Shedler 1979). */
    private final class LeadArrival extends Event {
        private final SegmentModel segment;

        LeadArrival(SegmentModel segment) {
            super(context.sim());
            this.segment = segment;
        }

        void scheduleNextCandidate() {
            schedule(ExponentialGen.nextDouble(segment.arrivals, segment.maxRate));
        }

        @Override
        public void actions() {
            double ratio = segment.rate(context.sim().time()) / segment.maxRate;
            if (segment.arrivals.nextDouble() < ratio) {
                newLead(segment, segment.attributes, details[segment.index], true);
            }
            scheduleNextCandidate();
        }
    }
}
