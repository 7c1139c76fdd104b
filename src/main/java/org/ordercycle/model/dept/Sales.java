package org.ordercycle.model.dept;

import static org.ordercycle.model.dept.Text.fmt;
import static org.ordercycle.model.dept.Text.pct;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.engine.Sampler;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.Draw;
import org.ordercycle.model.Order;
import org.ordercycle.model.ProductModel;
import org.ordercycle.model.Step;
import org.ordercycle.model.rules.pricing.Price;
import org.ordercycle.model.rules.pricing.PricingRule;
import org.ordercycle.model.rules.pricing.PricingView;
import org.ordercycle.model.rules.qualification.Qualification;
import org.ordercycle.model.rules.qualification.QualificationRule;
import org.ordercycle.model.rules.qualification.QualificationView;
import org.ordercycle.model.rules.qualification.Steering;
import org.ordercycle.model.rules.qualification.SteeringView;
import org.ordercycle.model.rules.quote.Quote;
import org.ordercycle.model.rules.quote.QuoteRule;
import org.ordercycle.model.rules.quote.QuoteView;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Segment;
import org.ordercycle.stats.Ledger.Account;

/**
 * Steps 2 and 3: sales qualifies and quotes the leads, the customer accepts or not.
 * Siloed sales qualifies on order size alone and quotes the standard lead time; with
 * capacity-info it steers flexible customers to spare capacity, with stock-info it promises
 * immediate delivery of goods in stock; capacity pricing discounts idle capacity only.
 */
public final class Sales implements OrderReceiver {
    private final Context ctx;
    /** Qualification and steering; null when the company does not perform the sales step. */
    private final QualificationRule qualification;
    private final QuoteRule quote;
    private final PricingRule pricing;
    /** False when the company does not perform the pricing step: list prices, the segment's base acceptance. */
    private final boolean pricingStep;
    private final Department staff;
    private final Sampler salesTime;
    /** Every product, for the alternatives sales may offer a flexible customer. */
    private final List<ProductModel> products;
    private final Probe probe;
    private final Books books;
    private final DeliveryEstimate delivery;
    private final OrderReceiver orderDesk;

    /** Where the fate of leads is reported (the measures). */
    public interface Probe {
        void unqualified(Order o);

        void declined(Order o);

        void placed(Order o);
    }

    public Sales(Context ctx, QualificationRule qualification, QuoteRule quote, PricingRule pricing, boolean pricingStep,
            Department staff, Sampler salesTime, List<ProductModel> products, Probe probe, Books books,
            DeliveryEstimate delivery, OrderReceiver orderDesk) {
        this.ctx = ctx;
        this.qualification = qualification;
        this.quote = quote;
        this.pricing = pricing;
        this.pricingStep = pricingStep;
        this.staff = staff;
        this.salesTime = salesTime;
        this.products = products;
        this.probe = probe;
        this.books = books;
        this.delivery = delivery;
        this.orderDesk = orderDesk;
    }

    /** Step 2: a new lead; sales qualifies it (or, without a sales step, quotes it at once). */
    @Override
    public void receive(Order o) {
        if (qualification == null) {
            quote(o);
            return;
        }
        int quantity = o.quantity();
        Qualification q = qualification.qualify(new QualificationView(quantity, o.product().lineLoadDays()));
        if (!q.pursue()) {
            books.unqualified();
            o.product().addOpenLeadUnits(o.fromService(), -quantity);
            o.leadOutcome("unqualified");
            probe.unqualified(o);
            if (o.traced()) {
                ctx.trace(o, Step.GENERATION, "decision", q.reason());
            }
            return;
        }
        if (o.traced() && q.reason() != null) {
            ctx.trace(o, Step.GENERATION, "decision", q.reason());
        }
        staff.submit(o, Step.GENERATION, salesTime.sample(o.draw(Draw.SALES_TIME)), quantity,
                Account.HANDLING_LABOUR, this::quote);
    }

    /** Step 3 and the customer's answer. */
    private void quote(Order o) {
        o.product().addOpenLeadUnits(o.fromService(), -o.quantity()); // quoted now: the customer answers at once
        steer(o);
        price(o);
        o.quote(quotedLeadTime(o));
        double accept = priceAcceptance(o) * Customers.leadTimeAcceptance(o.segmentSpec(), o.quotedLeadTime(),
                o.requestedLeadTime());
        if (o.draw(Draw.QUOTE_ACCEPT) >= accept) {
            books.declined();
            o.leadOutcome("declined");
            probe.declined(o);
            if (o.traced()) {
                ctx.trace(o, Step.PRICING, "decision", () -> "customer declines the quote (" + fmt(o.agreedPrice())
                        + " per unit, " + fmt(o.quotedLeadTime()) + " days; acceptance probability " + pct(accept) + ")");
            }
            return;
        }
        double now = ctx.sim().time();
        o.recordPlacement(now);
        books.place(o);
        o.product().addDemand(o.quantity());
        probe.placed(o);
        if (o.traced()) {
            ctx.trace(o, Step.PRICING, "decision", () -> "customer places the order at " + fmt(o.agreedPrice())
                    + " per unit (list " + fmt(o.listPrice()) + "), quoted " + fmt(o.quotedLeadTime()) + " days");
        }
        orderDesk.receive(o);
    }

    /** Sales may offer a flexible customer another product of the same family (what it hears decides). */
    private void steer(Order o) {
        if (qualification == null) {
            return; // no sales step: nobody to steer the customer
        }
        ProductModel asked = o.product();
        boolean flexible = o.draw(Draw.FLEXIBLE) < o.segmentSpec().flexibleShare();
        List<ProductModel> others = List.of();
        List<SteeringView.Alternative> alternatives = List.of();
        if (flexible) { // only a flexible customer would take another product: the others are looked up for it alone
            others = new ArrayList<>();
            alternatives = new ArrayList<>();
            for (ProductModel p : products) {
                if (p != asked && p.spec().familyOrId().equals(asked.spec().familyOrId())) {
                    others.add(p);
                    alternatives.add(new SteeringView.Alternative(p.spec().id(), p.lineLoadDays()));
                }
            }
        }
        Steering s = qualification.steer(new SteeringView(flexible, asked.spec().id(), asked.lineLoadDays(),
                alternatives));
        if (s.steered()) {
            if (o.traced()) {
                ctx.trace(o, Step.GENERATION, "decision", s.reason());
            }
            o.steerTo(others.get(s.to()));
        }
    }

    private void price(Order o) {
        Product p = o.productSpec();
        Segment segment = o.segmentSpec();
        Price price = pricing.decide(new PricingView(p.listPrice(), volumeDiscount(p, o.quantity()),
                o.product().lineLoadDays(), o.steered(), o.draw(Draw.SPECIAL_DISCOUNT),
                segment.specialDiscountProbability(), segment.specialDiscount()));
        // the record shows the price list: what a re-keyed record shows
        o.price(p.listPrice(), price.agreed(), price.record());
        if (o.traced() && pricingStep) {
            ctx.trace(o, Step.PRICING, "decision", price.reason());
        }
    }

    /** The price list's discount for {@code quantity} units of {@code p} (0..1). */
    public static double volumeDiscount(Product p, int quantity) {
        double d = 0;
        for (Product.VolumeDiscount v : p.volumeDiscounts()) {
            if (quantity >= v.minQuantity()) {
                d = Math.max(d, v.discount());
            }
        }
        return d;
    }

    private double quotedLeadTime(Order o) {
        double standard = o.productSpec().standardLeadTimeDays();
        if (qualification == null) {
            return standard; // no sales step: the price list's lead time
        }
        ProductModel p = o.product();
        Quote q = quote.decide(new QuoteView(p.makeToStock(), p.onHand(), o.quantity(), standard,
                delivery.shippingEstimate()));
        if (o.traced() && q.reason() != null) {
            ctx.trace(o, Step.GENERATION, "decision", q.reason());
        }
        return q.leadTimeDays();
    }

    private double priceAcceptance(Order o) {
        Segment s = o.segmentSpec();
        if (!pricingStep) {
            return s.baseAcceptance();
        }
        double relative = o.agreedPrice() / o.listPrice() - 1;
        return Math.min(1, s.baseAcceptance() * Math.exp(-s.priceSensitivity() * relative));
    }
}
