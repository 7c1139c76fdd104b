package org.ordercycle.model;

import org.ordercycle.policy.Lever;
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

    SalesFlow(Company c, RandomStream serviceLeads) {
        this.c = c;
        this.serviceLeads = serviceLeads;
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
        long id = c.nextOrderId(s, !fromSegment);
        ProductModel product = s.product(u[Draw.PRODUCT]);
        int quantity = s.size(u[Draw.SIZE]);
        double requested = Math.max(0.01, s.requestedLeadTime.sample(u[Draw.REQUESTED_LEAD_TIME]));
        Order o = new Order(id, s, u, c.sim.time(), product, quantity, requested, id == c.tracedOrder);
        c.books.leads++;
        if (fromSegment) { // service leads come on top: sampling them would shift the customers followed
            c.sampleJourney(o);
        }
        product.periodLeadUnits += quantity;
        o.fromService = !fromSegment;
        pipeline(o, quantity);
        c.metrics.lead(o);
        if (o.traced) {
            c.trace(o, Step.GENERATION, "arrive", () -> "lead from segment " + s.spec.id() + ": " + quantity + " x "
                    + product.spec.id() + ", wants delivery within " + fmt(requested) + " days");
        }
        Steps.Generation g = c.scenario.steps().generation();
        if (!g.enabled()) {
            quote(o);
            return;
        }
        if (quantity < g.minQualifiedSize()) {
            boolean spare = c.joint(Lever.CAPACITY_INFO)
                    && product.line.loadDays() < c.scenario.steps().pricing().idleLoadDays();
            if (!spare) {
                c.books.unqualified++;
                pipeline(o, -quantity);
                o.leadOutcome("unqualified");
                c.metrics.unqualified(o);
                if (o.traced) {
                    c.trace(o, Step.GENERATION, "decision", () -> "not pursued: " + quantity + " units is below sales' threshold of "
                            + fmt(g.minQualifiedSize()));
                }
                return;
            }
            if (o.traced) {
                c.trace(o, Step.GENERATION, "decision", () -> "small lead pursued: production reports spare capacity on its line");
            }
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
        double accept = priceAcceptance(o) * leadTimeAcceptance(o.segment, o.quotedLeadTime, o.requestedLeadTime);
        if (o.u[Draw.QUOTE_ACCEPT] >= accept) {
            c.books.declined++;
            o.leadOutcome("declined");
            c.metrics.declined(o);
            if (o.traced) {
                c.trace(o, Step.PRICING, "decision", () -> "customer declines the quote (" + fmt(o.agreedPrice) + " per unit, "
                        + fmt(o.quotedLeadTime) + " days; acceptance probability " + pct(accept) + ")");
            }
            return;
        }
        o.placedAt = c.sim.time();
        c.books.placed++;
        c.live.add(o);
        c.liveOrders.add(c.sim.time(), 1);
        o.product.periodDemand += o.quantity;
        c.metrics.placed(o);
        if (o.traced) {
            c.trace(o, Step.PRICING, "decision", () -> "customer places the order at " + fmt(o.agreedPrice) + " per unit (list "
                    + fmt(o.listPrice) + "), quoted " + fmt(o.quotedLeadTime) + " days");
        }
        c.orderDesk.receive(o);
    }

    private void steer(Order o) {
        Steps.Generation g = c.scenario.steps().generation();
        if (!g.enabled() || !c.joint(Lever.CAPACITY_INFO) || o.u[Draw.FLEXIBLE] >= o.segment.spec.flexibleShare()
                || o.product.line.loadDays() <= g.congestedLoadDays()) {
            return;
        }
        ProductModel best = null;
        for (ProductModel p : c.products) {
            if (p != o.product && p.spec.familyOrId().equals(o.product.spec.familyOrId())
                    && p.line.loadDays() < g.congestedLoadDays()
                    && (best == null || p.line.loadDays() < best.line.loadDays())) {
                best = p;
            }
        }
        if (best != null) {
            ProductModel to = best;
            if (o.traced) {
                c.trace(o, Step.GENERATION, "decision", () -> "line of " + o.product.spec.id() + " congested ("
                        + fmt(o.product.line.loadDays()) + " days of work): flexible customer steered to " + to.spec.id());
            }
            o.product = best;
            o.steered = true;
        }
    }

    private void price(Order o) {
        Product p = o.product.spec;
        o.listPrice = p.listPrice();
        Steps.Pricing pr = c.scenario.steps().pricing();
        if (!pr.enabled()) {
            o.agreedPrice = p.listPrice();
            o.recordPrice = p.listPrice();
            return;
        }
        double volume = volumeDiscount(p, o.quantity);
        double discount = volume;
        if (c.joint(Lever.CAPACITY_PRICING)) {
            double load = o.product.line.loadDays();
            discount = load < pr.idleLoadDays() ? Math.max(volume, pr.idleDiscount())
                    : load > pr.scarceLoadDays() ? 0 : volume;
        }
        double price = p.listPrice() * (1 - discount);
        if (o.steered) {
            price *= 1 - c.scenario.steps().generation().steeringDiscount();
        }
        if (o.u[Draw.SPECIAL_DISCOUNT] < o.segment.spec.specialDiscountProbability()) {
            price *= 1 - o.segment.spec.specialDiscount();
        }
        o.agreedPrice = price;
        o.recordPrice = p.listPrice() * (1 - volume); // the price list: what a re-keyed record shows
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
        if (c.joint(Lever.STOCK_INFO) && c.scenario.steps().generation().enabled() && o.product.makeToStock
                && o.product.onHand() >= o.quantity) {
            if (o.traced) {
                c.trace(o, Step.GENERATION, "decision", () -> "warehouse reports " + o.product.onHand()
                        + " units in stock: sales promises immediate delivery");
            }
            // immediate delivery still carries the company's usual promise buffer
            return c.fulfilment.shippingEstimate() + c.scenario.steps().selection().promiseBufferDays();
        }
        return o.product.spec.standardLeadTimeDays();
    }

    private double priceAcceptance(Order o) {
        if (!c.scenario.steps().pricing().enabled()) {
            return o.segment.spec.baseAcceptance();
        }
        double relative = o.agreedPrice / o.listPrice - 1;
        return Math.min(1, o.segment.spec.baseAcceptance() * Math.exp(-o.segment.spec.priceSensitivity() * relative));
    }

    /** Probability that a customer accepts a promise of {@code promised} days when asking for {@code requested}. */
    static double leadTimeAcceptance(SegmentModel s, double promised, double requested) {
        double excess = promised / requested - 1 - s.spec.leadTimeTolerance();
        return excess <= 0 ? 1 : Math.exp(-s.spec.leadTimeSensitivity() * excess);
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
