package org.ordercycle.model.dept;

import static org.ordercycle.model.dept.Text.fmt;

import org.ordercycle.engine.Sampler;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.Draw;
import org.ordercycle.model.Order;
import org.ordercycle.model.ProductModel;
import org.ordercycle.model.Step;
import org.ordercycle.model.rules.shipment.Shipment;
import org.ordercycle.model.rules.shipment.ShipmentRule;
import org.ordercycle.model.rules.shipment.ShipmentView;
import org.ordercycle.scenario.Logistics;
import org.ordercycle.scenario.Product;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Ledger.Account;

/**
 * Step 7: from an accepted order to goods at the customer. Make-to-stock orders are served from
 * stock (shipping what is there and backordering the rest); make-to-order goods come from the
 * line, direct or through the warehouse; some are assembled on site by several skills at once.
 * Shipments wait for the logistics provider's next pick-up unless the scenario pays for
 * on-demand pick-up. The company's shipment rule chooses the freight: siloed, nobody watches
 * the promise; with promise tracking orders at risk of missing it go by premium freight.
 */
public final class Fulfilment implements OrderReceiver, StockReceiver, GoodsMade, DeliveryEstimate {
    private final Context ctx;
    /** The shipment rule; null when the company does not perform the step (goods are delivered when ready). */
    private final ShipmentRule rule;
    private final Logistics logistics;
    private final WorkCalendar calendar;
    private final Department warehouse;
    private final Times times;
    private final Ledger ledger;
    private final Probe probe;
    private final Books books;
    private final OrderReceiver production;
    private final GoodsReceiver billing;
    /** Who installs goods on site and who hears of a delivery, in this order; set once they exist. */
    private Installers installers;
    private DeliveryReceiver[] afterDelivery = {};

    /** The warehouse's handling time and the carrier's transits, each sampled from the order's own uniforms. */
    public record Times(Sampler warehouse, Sampler transit, Sampler premiumTransit) {
    }

    /** Where the moments of fulfilment are reported (the measures). */
    public interface Probe {
        void stockRequest(Order o, int fromStock);

        void shipment(Order o, boolean partial);

        void premiumShipment(double now);

        void recognised(Order o, int units);

        void delivered(Order o);
    }

    public Fulfilment(Context ctx, ShipmentRule rule, Logistics logistics, WorkCalendar calendar, Department warehouse,
            Times times, Ledger ledger, Probe probe, Books books, OrderReceiver production, GoodsReceiver billing) {
        this.ctx = ctx;
        this.rule = rule;
        this.logistics = logistics;
        this.calendar = calendar;
        this.warehouse = warehouse;
        this.times = times;
        this.ledger = ledger;
        this.probe = probe;
        this.books = books;
        this.production = production;
        this.billing = billing;
    }

    /**
     * Who installs goods on site and the departments that hear of a delivery, in this order. Set
     * once when the company is wired: they come after fulfilment in the cycle (returns restock
     * through it, service's leads come back to sales and through the desk to fulfilment), so they
     * are built after it.
     */
    public void handDeliveriesTo(Installers installers, DeliveryReceiver... receivers) {
        this.installers = installers;
        this.afterDelivery = receivers.clone();
    }

    @Override
    public double shippingEstimate() {
        double pickup = logistics.onDemandPickup() ? 0 : logistics.pickupIntervalDays() / 2;
        return times.warehouse().mean() + pickup + times.transit().mean();
    }

    /** The mean installation work stretched over the working calendar; 0 for goods that need none. */
    @Override
    public double installationEstimate(ProductModel p, double arrival) {
        if (!needsInstallation(p.spec())) {
            return 0;
        }
        return calendar.finish(calendar.nextOpen(arrival), p.installTime().mean()) - arrival;
    }

    private static boolean needsInstallation(Product spec) {
        return spec.delivery() == Product.DeliveryMode.onSite || !spec.installSkills().isEmpty();
    }

    /** An accepted order enters fulfilment. */
    @Override
    public void receive(Order o) {
        if (o.product().makeToStock()) {
            fromStock(o);
            return;
        }
        production.receive(o);
    }

    private void fromStock(Order o) {
        ProductModel p = o.product();
        int quantity = o.quantity();
        int take = Math.min(p.onHand(), quantity);
        o.recordFirstShipmentFromStock(take);
        probe.stockRequest(o, take);
        if (take < quantity) {
            double now = ctx.sim().time();
            o.recordBackorder(now);
            p.backorder(o, quantity - take);
            o.receive(now, "warehouse", Step.FULFILMENT);
            if (o.traced()) {
                ctx.trace(o, Step.FULFILMENT, "decision", () -> "only " + take + " of " + quantity
                        + " units in stock: the rest is backordered until production replenishes");
            }
        }
        if (take > 0) {
            allocate(o, take);
        }
    }

    private void allocate(Order o, int units) {
        o.product().addStock(ctx.sim().time(), -units);
        books.staged(units);
        o.allocate(units);
        pick(o, units);
    }

    @Override
    public void restock(Order o, int units) {
        o.product().addStock(ctx.sim().time(), units);
        stockArrived(o.product());
    }

    /** Stock arrived: backorders are served oldest first. */
    @Override
    public void stockArrived(ProductModel p) {
        while (p.oldestBackorder() != null && p.onHand() > 0) {
            Order o = p.oldestBackorder();
            int give = Math.min(p.onHand(), o.quantity() - o.allocated());
            p.backorderServed(give);
            allocate(o, give);
            if (o.allocated() >= o.quantity()) {
                p.removeOldestBackorder();
                // the wait for stock is part of the order's lead time, owned by the warehouse
                o.waited(Step.FULFILMENT, "warehouse", o.backorderedAt(), ctx.sim().time());
            }
        }
    }

    /** A make-to-order job is done: the goods leave from the line or through the warehouse. */
    @Override
    public void produced(Order o) {
        o.allocateAll();
        if (o.productSpec().delivery() == Product.DeliveryMode.warehouse) {
            pick(o, o.quantity());
        } else {
            o.receive(ctx.sim().time(), "shipping", Step.FULFILMENT);
            toCarrier(o, o.quantity());
        }
    }

    private void pick(Order o, int units) {
        warehouse.submit(o, Step.FULFILMENT, times.warehouse().sample(o.draw(Draw.WAREHOUSE_TIME)), o.priority(),
                Account.HANDLING_LABOUR, order -> toCarrier(order, units));
    }

    /** Goods are ready: billing hears of the shipment, the carrier takes it at its next pick-up. */
    private void toCarrier(Order o, int units) {
        double now = ctx.sim().time();
        billing.shipmentReady(o, units);
        if (rule == null) { // no shipping step: delivered the moment the goods are ready
            ship(o, units);
            return;
        }
        if (logistics.onDemandPickup()) {
            ledger.charge(Account.SHIPPING, now, logistics.onDemandPickupCost());
            ship(o, units);
            return;
        }
        double pickup = ctx.nextCollection(now, logistics.pickupIntervalDays());
        o.handOff(now);
        if (o.traced()) {
            ctx.trace(o, Step.FULFILMENT, "handoff", () -> units + " units wait at the dock for the carrier's pick-up at day "
                    + fmt(pickup));
        }
        ctx.after(pickup - now, () -> ship(o, units));
    }

    private void ship(Order o, int units) {
        double now = ctx.sim().time();
        o.receive(now, "logistics provider", Step.FULFILMENT);
        o.recordShipment(units);
        books.shipped(units);
        probe.shipment(o, units < o.quantity());
        double transit = 0;
        if (rule != null) {
            int shipments = o.shipments();
            double u = shipments == 1 ? o.draw(Draw.TRANSIT) : o.draw(Draw.SECOND_TRANSIT, shipments);
            transit = times.transit().sample(u);
            double arrival = now + times.transit().mean();
            double expected = arrival + installationEstimate(o.product(), arrival); // installed goods are done on site
            Shipment decision = rule.decide(new ShipmentView(o.promisedAt(), expected));
            if (decision.premium()) {
                transit = times.premiumTransit().sample(o.draw(Draw.PREMIUM_TRANSIT));
                o.recordRescue();
                probe.premiumShipment(now);
                ledger.charge(Account.PREMIUM_FREIGHT, now, logistics.premiumShipmentCost());
                if (o.traced()) {
                    ctx.trace(o, Step.FULFILMENT, "decision", decision::reason);
                }
            } else {
                ledger.charge(Account.SHIPPING, now, logistics.shipmentCost());
            }
        }
        double days = transit;
        if (o.traced()) {
            ctx.trace(o, Step.FULFILMENT, "start", () -> units + " units shipped" + (units < o.quantity()
                    ? " (partial shipment)" : "") + ", " + fmt(days) + " days in transit");
        }
        ctx.after(transit, () -> arrived(o, units, days));
    }

    private void arrived(Order o, int units, double transit) {
        o.recordArrival(units);
        books.recognised(units * o.agreedPrice());
        probe.recognised(o, units);
        if (o.arrived() < o.quantity()) {
            if (o.traced()) {
                ctx.trace(o, Step.FULFILMENT, "finish", () -> units + " units reach the customer; "
                        + (o.quantity() - o.arrived()) + " still to come");
            }
            return;
        }
        // the last shipment's transit is on the lead time
        o.travelled(Step.FULFILMENT, "logistics provider", transit, ctx.sim().time());
        Product spec = o.productSpec();
        if (needsInstallation(spec)) {
            double work = o.product().installTime().sample(o.draw(Draw.INSTALL_TIME));
            o.receive(ctx.sim().time(), "installation team", Step.FULFILMENT);
            if (o.traced()) {
                ctx.trace(o, Step.FULFILMENT, "wait", () -> "goods on site; assembly needs " + spec.installSkills()
                        + " present together");
            }
            installers.install(o, work, this::delivered);
            return;
        }
        delivered(o);
    }

    private void delivered(Order o) {
        o.recordDelivery(ctx.sim().time());
        probe.delivered(o);
        if (o.traced()) {
            ctx.trace(o, Step.FULFILMENT, "finish", () -> "delivered at day " + fmt(o.deliveredAt()) + " (promised day "
                    + fmt(o.promisedAt()) + ": " + (o.onTime() ? "on time" : "late by " + fmt(o.deliveredAt()
                    - o.promisedAt()) + " days") + ")");
        }
        for (DeliveryReceiver next : afterDelivery) {
            next.delivered(o);
        }
    }
}
