package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.model.dept.Customers;
import org.ordercycle.model.rules.pricing.Price;
import org.ordercycle.model.rules.pricing.PricingView;
import org.ordercycle.model.rules.qualification.Qualification;
import org.ordercycle.model.rules.qualification.QualificationView;
import org.ordercycle.model.rules.qualification.Steering;
import org.ordercycle.model.rules.qualification.SteeringView;
import org.ordercycle.model.rules.quote.Quote;
import org.ordercycle.model.rules.quote.QuoteView;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * Steps 2 and 3: leads arrive, sales qualifies and quotes them, the customer accepts or not.
 * Siloed sales qualifies on order size alone and quotes the standard lead time; with
 * capacity-info it steers flexible customers to spare capacity, with stock-info it promises
 * immediate delivery of goods in stock; capacity pricing discounts idle capacity only.
 */
final class SalesFlow {
    private final Company c;
    private final RandomStream serviceLeads;
    /** The ids sales gives its leads. */
    private final OrderIds ids;

    SalesFlow(Company c, RandomStream serviceLeads) {
        this.c = c;
        this.serviceLeads = serviceLeads;
        this.ids = new OrderIds(c.segments, c.end);
    }

    void start() {
        for (SegmentModel s : c.segments) {
            new LeadArrival(s).scheduleNextCandidate();
        }
    }

    /** A lead passed on by an after-sales visit (service-link); its attributes come from their own stream. */
    void serviceLead(SegmentModel segment) {
        newLead(segment, serviceLeads, serviceLeads, false);
    }

    private void newLead(SegmentModel s, RandomStream attributes, RandomStream details, boolean fromSegment) {
        double[] u = new double[Draw.TOTAL];
        for (int i = 0; i < u.length; i++) {
            u[i] = (i < Draw.COUNT ? attributes : details).nextDouble();
        }
        long id = ids.next(s, !fromSegment);
        ProductModel product = s.product(u[Draw.PRODUCT]);
        int quantity = s.size(u[Draw.SIZE]);
        double requested = Math.max(0.01, s.requestedLeadTime.sample(u[Draw.REQUESTED_LEAD_TIME]));
        Order o = new Order(id, s, u, c.sim.time(), product, quantity, requested,
                id == c.context.tracedOrder || c.context.follower != null);
        o.follower = c.context.follower;
        c.books.leads++;
        if (fromSegment) { // service leads come on top: sampling them would shift the customers followed
            c.context.sampleJourney(o);
        }
        product.periodLeadUnits += quantity;
        o.fromService = !fromSegment;
        pipeline(o, quantity);
        c.metrics.lead(o);
        if (o.traced) {
            c.context.trace(o, Step.GENERATION, "arrive", () -> "lead from segment " + s.spec.id() + ": " + quantity + " x "
                    + product.spec.id() + ", wants delivery within " + fmt(requested) + " days");
        }
        if (!c.rules.performs(Step.GENERATION)) {
            quote(o);
            return;
        }
        Qualification q = c.rules.qualification.qualify(new QualificationView(quantity, product.line.loadDays()));
        if (!q.pursue()) {
            c.books.unqualified++;
            pipeline(o, -quantity);
            o.leadOutcome("unqualified");
            c.metrics.unqualified(o);
            if (o.traced) {
                c.context.trace(o, Step.GENERATION, "decision", q.reason());
            }
            return;
        }
        if (o.traced && q.reason() != null) {
            c.context.trace(o, Step.GENERATION, "decision", q.reason());
        }
        c.sales.submit(o, Step.GENERATION, c.samplers.salesTime.sample(u[Draw.SALES_TIME]), quantity,
                Account.HANDLING_LABOUR, this::quote);
    }

    /** Counts a lead's units into (or out of) the open pipeline that planning reads. */
    private static void pipeline(Order o, int units) {
        if (o.fromService) {
            o.product.openServiceLeadUnits += units;
        } else {
            o.product.openLeadUnits += units;
        }
    }

    /** Step 3 and the customer's answer. */
    private void quote(Order o) {
        pipeline(o, -o.quantity); // quoted now: the customer answers at once
        steer(o);
        price(o);
        o.quotedLeadTime = quotedLeadTime(o);
        double accept = priceAcceptance(o) * Customers.leadTimeAcceptance(o.segment.spec, o.quotedLeadTime, o.requestedLeadTime);
        if (o.u[Draw.QUOTE_ACCEPT] >= accept) {
            c.books.declined++;
            o.leadOutcome("declined");
            c.metrics.declined(o);
            if (o.traced) {
                c.context.trace(o, Step.PRICING, "decision", () -> "customer declines the quote (" + fmt(o.agreedPrice) + " per unit, "
                        + fmt(o.quotedLeadTime) + " days; acceptance probability " + pct(accept) + ")");
            }
            return;
        }
        o.placedAt = c.sim.time();
        c.books.place(o);
        o.product.periodDemand += o.quantity;
        c.metrics.placed(o);
        if (o.traced) {
            c.context.trace(o, Step.PRICING, "decision", () -> "customer places the order at " + fmt(o.agreedPrice) + " per unit (list "
                    + fmt(o.listPrice) + "), quoted " + fmt(o.quotedLeadTime) + " days");
        }
        c.orderDesk.receive(o);
    }

    /** Sales may offer a flexible customer another product of the same family (what it hears decides). */
    private void steer(Order o) {
        if (!c.rules.performs(Step.GENERATION)) {
            return; // no sales step: nobody to steer the customer
        }
        boolean flexible = o.u[Draw.FLEXIBLE] < o.segment.spec.flexibleShare();
        List<ProductModel> others = List.of();
        List<SteeringView.Alternative> alternatives = List.of();
        if (flexible) { // only a flexible customer would take another product: the others are looked up for it alone
            others = new ArrayList<>();
            alternatives = new ArrayList<>();
            for (ProductModel p : c.products) {
                if (p != o.product && p.spec.familyOrId().equals(o.product.spec.familyOrId())) {
                    others.add(p);
                    alternatives.add(new SteeringView.Alternative(p.spec.id(), p.line.loadDays()));
                }
            }
        }
        Steering s = c.rules.qualification.steer(new SteeringView(flexible, o.product.spec.id(),
                o.product.line.loadDays(), alternatives));
        if (s.steered()) {
            if (o.traced) {
                c.context.trace(o, Step.GENERATION, "decision", s.reason());
            }
            o.product = others.get(s.to());
            o.steered = true;
        }
    }

    private void price(Order o) {
        Product p = o.product.spec;
        o.listPrice = p.listPrice();
        Price price = c.rules.pricing.decide(new PricingView(p.listPrice(), volumeDiscount(p, o.quantity),
                o.product.line.loadDays(), o.steered, o.u[Draw.SPECIAL_DISCOUNT],
                o.segment.spec.specialDiscountProbability(), o.segment.spec.specialDiscount()));
        o.agreedPrice = price.agreed();
        o.recordPrice = price.record(); // the price list: what a re-keyed record shows
        if (o.traced && c.rules.performs(Step.PRICING)) {
            c.context.trace(o, Step.PRICING, "decision", price.reason());
        }
    }

    static double volumeDiscount(Product p, int quantity) {
        double d = 0;
        for (Product.VolumeDiscount v : p.volumeDiscounts()) {
            if (quantity >= v.minQuantity()) {
                d = Math.max(d, v.discount());
            }
        }
        return d;
    }

    private double quotedLeadTime(Order o) {
        double standard = o.product.spec.standardLeadTimeDays();
        if (!c.rules.performs(Step.GENERATION)) {
            return standard; // no sales step: the price list's lead time
        }
        Quote q = c.rules.quote.decide(new QuoteView(o.product.makeToStock, o.product.onHand(), o.quantity, standard,
                c.fulfilment.shippingEstimate()));
        if (o.traced && q.reason() != null) {
            c.context.trace(o, Step.GENERATION, "decision", q.reason());
        }
        return q.leadTimeDays();
    }

    private double priceAcceptance(Order o) {
        if (!c.rules.performs(Step.PRICING)) {
            return o.segment.spec.baseAcceptance();
        }
        double relative = o.agreedPrice / o.listPrice - 1;
        return Math.min(1, o.segment.spec.baseAcceptance() * Math.exp(-o.segment.spec.priceSensitivity() * relative));
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", 100 * v);
    }

    /** Leads of one segment: a Poisson process thinned to the seasonal rate (Lewis and Shedler 1979). */
    private final class LeadArrival extends Event {
        private final SegmentModel segment;

        LeadArrival(SegmentModel segment) {
            super(c.sim);
            this.segment = segment;
        }

        void scheduleNextCandidate() {
            schedule(ExponentialGen.nextDouble(segment.arrivals, segment.maxRate));
        }

        @Override
        public void actions() {
            double ratio = segment.rate(c.sim.time()) / segment.maxRate;
            if (segment.arrivals.nextDouble() < ratio) {
                newLead(segment, segment.attributes, c.details[segment.index], true);
            }
            scheduleNextCandidate();
        }
    }
}
