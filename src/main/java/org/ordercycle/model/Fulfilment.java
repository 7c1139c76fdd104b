package org.ordercycle.model;

import static org.ordercycle.model.SalesFlow.fmt;

import org.ordercycle.model.dept.StockReceiver;
import org.ordercycle.model.rules.shipment.Shipment;
import org.ordercycle.model.rules.shipment.ShipmentView;
import org.ordercycle.scenario.Product;
import org.ordercycle.stats.Ledger.Account;

/**
 * Step 7: from an accepted order to goods at the customer. Make-to-stock orders are served from
 * stock (shipping what is there and backordering the rest); make-to-order goods come from the
 * line, direct or through the warehouse; some are assembled on site by several skills at once.
 * Shipments wait for the logistics provider's next pick-up unless the scenario pays for
 * on-demand pick-up. The company's shipment rule chooses the freight: siloed, nobody watches
 * the promise; with promise tracking orders at risk of missing it go by premium freight.
 */
final class Fulfilment implements StockReceiver {
    private final Company c;

    Fulfilment(Company c) {
        this.c = c;
    }

    /** Days from goods ready to goods at the customer, as the company estimates it. */
    double shippingEstimate() {
        double pickup = c.scenario.logistics().onDemandPickup() ? 0 : c.scenario.logistics().pickupIntervalDays() / 2;
        return c.samplers.warehouseTime.mean() + pickup + c.samplers.transit.mean();
    }

    /**
     * Days of installation at the customer for goods arriving at {@code arrival}: the mean
     * installation work stretched over the working calendar; 0 for goods that need none.
     */
    double installationEstimate(ProductModel p, double arrival) {
        if (!needsInstallation(p.spec)) {
            return 0;
        }
        return c.calendar.finish(c.calendar.nextOpen(arrival), p.installTime.mean()) - arrival;
    }

    private static boolean needsInstallation(Product spec) {
        return spec.delivery() == Product.DeliveryMode.onSite || !spec.installSkills().isEmpty();
    }

    /** An accepted order enters fulfilment. */
    void release(Order o) {
        if (o.product.makeToStock) {
            fromStock(o);
            return;
        }
        o.receive(c.sim.time(), "production", Step.SCHEDULING);
        if (o.traced) {
            c.context.trace(o, Step.SCHEDULING, "wait", () -> "queued on line " + o.product.line.spec.id() + " behind "
                    + fmt(o.product.line.loadDays()) + " days of work");
        }
        o.product.line.add(o.product, o.quantity, o, o.promisedAt, o.segment.spec.importance());
    }

    private void fromStock(Order o) {
        ProductModel p = o.product;
        int take = Math.min(p.onHand(), o.quantity);
        o.firstShipmentFromStock = take;
        c.metrics.stockRequest(o, take);
        if (take < o.quantity) {
            o.backordered = true;
            o.backorderedAt = c.sim.time();
            p.backorders.add(o);
            p.backorderedUnits += o.quantity - take;
            o.receive(c.sim.time(), "warehouse", Step.FULFILMENT);
            if (o.traced) {
                c.context.trace(o, Step.FULFILMENT, "decision", () -> "only " + take + " of " + o.quantity
                        + " units in stock: the rest is backordered until production replenishes");
            }
        }
        if (take > 0) {
            allocate(o, take);
        }
    }

    private void allocate(Order o, int units) {
        o.product.stock.add(c.sim.time(), -units);
        c.books.unitsStaged += units;
        o.allocated += units;
        pick(o, units);
    }

    @Override
    public void restock(Order o, int units) {
        o.product.stock.add(c.sim.time(), units);
        stockArrived(o.product);
    }

    /** Stock arrived: backorders are served oldest first. */
    void stockArrived(ProductModel p) {
        while (!p.backorders.isEmpty() && p.onHand() > 0) {
            Order o = p.backorders.peek();
            int give = Math.min(p.onHand(), o.quantity - o.allocated);
            p.backorderedUnits -= give;
            allocate(o, give);
            if (o.allocated >= o.quantity) {
                p.backorders.poll();
                // the wait for stock is part of the order's lead time, owned by the warehouse
                o.waited(Step.FULFILMENT, "warehouse", o.backorderedAt, c.sim.time());
            }
        }
    }

    /** A make-to-order job is done: the goods leave from the line or through the warehouse. */
    void produced(Order o) {
        o.allocated = o.quantity;
        if (o.product.spec.delivery() == Product.DeliveryMode.warehouse) {
            pick(o, o.quantity);
        } else {
            o.receive(c.sim.time(), "shipping", Step.FULFILMENT);
            toCarrier(o, o.quantity);
        }
    }

    private void pick(Order o, int units) {
        c.warehouse.submit(o, Step.FULFILMENT, c.samplers.warehouseTime.sample(o.u[Draw.WAREHOUSE_TIME]), o.priority,
                Account.HANDLING_LABOUR, order -> toCarrier(order, units));
    }

    /** Goods are ready: billing hears of the shipment, the carrier takes it at its next pick-up. */
    private void toCarrier(Order o, int units) {
        double now = c.sim.time();
        c.billing.shipmentReady(o, units);
        if (!c.rules.performs(Step.FULFILMENT)) { // no shipping step: delivered the moment the goods are ready
            ship(o, units);
            return;
        }
        if (c.scenario.logistics().onDemandPickup()) {
            c.ledger.charge(Account.SHIPPING, now, c.scenario.logistics().onDemandPickupCost());
            ship(o, units);
            return;
        }
        double pickup = c.context.nextCollection(now, c.scenario.logistics().pickupIntervalDays());
        o.handOff(now);
        if (o.traced) {
            c.context.trace(o, Step.FULFILMENT, "handoff", () -> units + " units wait at the dock for the carrier's pick-up at day "
                    + fmt(pickup));
        }
        Delay.after(c.sim, pickup - now, () -> ship(o, units));
    }

    private void ship(Order o, int units) {
        double now = c.sim.time();
        o.receive(now, "logistics provider", Step.FULFILMENT);
        o.shipments++;
        o.shipped += units;
        c.books.unitsStaged -= units;
        c.books.unitsShipped += units;
        c.metrics.shipment(o, units < o.quantity);
        double transit = 0;
        if (c.rules.performs(Step.FULFILMENT)) {
            double u = o.shipments == 1 ? o.u[Draw.TRANSIT] : Draw.rotate(o.u[Draw.SECOND_TRANSIT], o.shipments);
            transit = c.samplers.transit.sample(u);
            double arrival = now + c.samplers.transit.mean();
            double expected = arrival + installationEstimate(o.product, arrival); // installed goods are done on site
            Shipment decision = c.rules.shipment.decide(new ShipmentView(o.promisedAt, expected));
            if (decision.premium()) {
                transit = c.samplers.premiumTransit.sample(o.u[Draw.PREMIUM_TRANSIT]);
                o.rescued = true;
                c.metrics.premiumShipment(now);
                c.ledger.charge(Account.PREMIUM_FREIGHT, now, c.scenario.logistics().premiumShipmentCost());
                if (o.traced) {
                    c.context.trace(o, Step.FULFILMENT, "decision", decision::reason);
                }
            } else {
                c.ledger.charge(Account.SHIPPING, now, c.scenario.logistics().shipmentCost());
            }
        }
        double days = transit;
        if (o.traced) {
            c.context.trace(o, Step.FULFILMENT, "start", () -> units + " units shipped" + (units < o.quantity ? " (partial shipment)" : "")
                    + ", " + fmt(days) + " days in transit");
        }
        Delay.after(c.sim, transit, () -> arrived(o, units, days));
    }

    private void arrived(Order o, int units, double transit) {
        o.arrived += units;
        c.books.recognised += units * o.agreedPrice;
        c.metrics.recognised(o, units);
        if (o.arrived < o.quantity) {
            if (o.traced) {
                c.context.trace(o, Step.FULFILMENT, "finish", () -> units + " units reach the customer; " + (o.quantity - o.arrived)
                        + " still to come");
            }
            return;
        }
        o.travelled(Step.FULFILMENT, "logistics provider", transit, c.sim.time()); // the last shipment's transit is on the lead time
        Product spec = o.product.spec;
        if (needsInstallation(spec)) {
            double work = o.product.installTime.sample(o.u[Draw.INSTALL_TIME]);
            o.receive(c.sim.time(), "installation team", Step.FULFILMENT);
            if (o.traced) {
                c.context.trace(o, Step.FULFILMENT, "wait", () -> "goods on site; assembly needs " + spec.installSkills()
                        + " present together");
            }
            c.service.install(o, work, this::delivered);
            return;
        }
        delivered(o);
    }

    private void delivered(Order o) {
        o.deliveredAt = c.sim.time();
        o.state = OrderState.DELIVERED;
        o.owner = "customer";
        c.metrics.delivered(o);
        if (o.traced) {
            c.context.trace(o, Step.FULFILMENT, "finish", () -> "delivered at day " + fmt(o.deliveredAt) + " (promised day "
                    + fmt(o.promisedAt) + ": " + (o.onTime() ? "on time" : "late by " + fmt(o.deliveredAt - o.promisedAt)
                    + " days") + ")");
        }
        c.returns.delivered(o);
        c.service.delivered(o);
        c.billing.checkSettled(o);
    }
}
