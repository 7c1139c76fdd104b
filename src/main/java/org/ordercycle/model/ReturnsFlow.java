package org.ordercycle.model;

import static org.ordercycle.model.SalesFlow.fmt;

import java.util.function.Consumer;
import org.ordercycle.model.rules.returns.ReturnDecision;
import org.ordercycle.model.rules.returns.ReturnView;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;

/**
 * Step 9: returns and refunds. A return needs three things: the returns desk authorises it, the
 * carrier collects the goods on its next round and brings them back, finance (the billing staff)
 * prepares the refund. Under handoffs they happen one after another: each department passes the
 * paperwork on with its next batch (every {@code handoffIntervalDays}) and nobody owns the return
 * in between. Under the coordinated procedure the returns desk owns the return, books the
 * collection and asks finance for the refund at once; the refund is paid when the goods are back
 * and the refund is ready. Every wait comes from a queue, a schedule or a handling time that is
 * the same under both settings. Returned units go back to stock or to scrap.
 */
final class ReturnsFlow {
    private static final String CARRIER = "carrier";

    private final Company c;

    ReturnsFlow(Company c) {
        this.c = c;
    }

    /** At delivery: does this customer send the goods back? */
    void delivered(Order o) {
        if (!c.rules.performs(Step.RETURNS) || o.u[Draw.RETURN] >= o.segment.spec.returnRate()) {
            return;
        }
        o.willReturn = true;
        double delay = o.segment.returnDelay.sample(o.u[Draw.RETURN_DELAY]);
        Delay.after(c.sim, delay, () -> request(o));
    }

    private void request(Order o) {
        o.returnRequestedAt = c.sim.time();
        c.metrics.returnRequested(o);
        if (o.traced) {
            c.context.trace(o, Step.RETURNS, "arrive", () -> "customer asks to return the goods");
        }
        c.returnsDesk.submit(o, Step.RETURNS, c.samplers.returnsTime.sample(o.u[Draw.RETURN_TIME]), 0,
                Account.RETURNS_HANDLING, this::authorised);
    }

    /** The returns desk has authorised the return; it goes the way the desk's rule decides. */
    private void authorised(Order o) {
        Steps.Returns r = c.scenario.steps().returns();
        ReturnDecision d = c.rules.returns.decide(new ReturnView(o.quantity, r.handoffIntervalDays(),
                r.collectionIntervalDays()));
        if (o.traced) {
            c.context.trace(o, Step.RETURNS, "decision", d::reason);
        }
        if (d.coordinated()) {
            coordinate(o);
        } else {
            handToCarrier(o);
        }
    }

    /** Handoffs: the authorised return waits for the next batch of paperwork to the carrier. */
    private void handToCarrier(Order o) {
        double batch = nextBatch(o, "the carrier");
        Delay.after(c.sim, batch - c.sim.time(), () -> {
            o.receive(c.sim.time(), CARRIER, Step.RETURNS);
            collect(o, order -> {
                goodsBack(order);
                handToFinance(order);
            });
        });
    }

    /** Handoffs: the goods are back; the receipt waits for the next batch of paperwork to finance. */
    private void handToFinance(Order o) {
        double batch = nextBatch(o, "finance");
        Delay.after(c.sim, batch - c.sim.time(), () -> c.billingDesk.submit(o, Step.RETURNS, refundTime(o), 0,
                Account.RETURNS_HANDLING, this::refund));
    }

    /** Coordinated: the returns desk books the collection and asks finance for the refund at once. */
    private void coordinate(Order o) {
        int[] pending = {2};
        Consumer<Order> done = order -> {
            if (--pending[0] == 0) {
                refund(order);
            }
        };
        collect(o, order -> {
            goodsBack(order);
            done.accept(order);
        });
        c.billingDesk.submitAside(o, Step.RETURNS, refundTime(o), 0, Account.RETURNS_HANDLING, done);
    }

    /** The carrier picks the goods up on its next round and brings them back (a schedule, then transit). */
    private void collect(Order o, Consumer<Order> back) {
        double now = c.sim.time();
        double round = c.context.nextCollection(now, c.scenario.steps().returns().collectionIntervalDays());
        double transit = c.samplers.transit.sample(o.u[Draw.RETURN_TRANSIT]);
        if (o.traced) {
            c.context.trace(o, Step.RETURNS, "handoff", () -> "the carrier collects the goods on its round at day " + fmt(round)
                    + "; they are back " + fmt(transit) + " days later");
        }
        Delay.after(c.sim, round + transit - now, () -> back.accept(o));
    }

    /** The return leaves its department; the next one takes it with its next batch of paperwork. */
    private double nextBatch(Order o, String to) {
        double now = c.sim.time();
        double batch = c.context.nextCollection(now, c.scenario.steps().returns().handoffIntervalDays());
        o.handOff(now);
        if (o.traced) {
            c.context.trace(o, Step.RETURNS, "handoff", () -> "paperwork waits for the next batch to " + to + " at day " + fmt(batch));
        }
        return batch;
    }

    private double refundTime(Order o) {
        return c.samplers.refundTime.sample(o.u[Draw.REFUND_TIME]);
    }

    /**
     * The goods are back: the sale is reversed when the company has its goods again (not when
     * finance pays the refund, which depends on finance's queue), and what can be sold again is
     * restocked.
     */
    private void goodsBack(Order o) {
        double now = c.sim.time();
        // only standard (make-to-stock) goods can be sold again; configured goods are scrapped
        int restock = o.product.makeToStock
                ? (int) Math.round(o.quantity * c.scenario.steps().returns().restockRate()) : 0;
        c.books.unitsReturned += o.quantity;
        c.books.recognised -= o.quantity * o.agreedPrice;
        c.books.unitsScrappedFromReturns += o.quantity - restock;
        o.product.stock.add(now, restock);
        c.fulfilment.stockArrived(o.product);
        o.goodsBack = true;
        c.metrics.goodsReturned(o, o.quantity - restock);
        if (o.traced) {
            c.context.trace(o, Step.RETURNS, "handoff", () -> "goods back; " + restock + " units into stock");
        }
    }

    private void refund(Order o) {
        double now = c.sim.time();
        o.returnDone = true;
        for (Invoice inv : o.invoices) {
            c.billing.credit(inv);
        }
        c.metrics.refunded(o, now);
        if (o.traced) {
            c.context.trace(o, Step.RETURNS, "finish", () -> "refunded after " + fmt(now - o.returnRequestedAt) + " days");
        }
        c.billing.checkSettled(o);
    }
}
