package org.ordercycle.model.dept;

import static org.ordercycle.model.dept.Text.fmt;

import java.util.function.Consumer;
import org.ordercycle.engine.Sampler;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.Draw;
import org.ordercycle.model.Order;
import org.ordercycle.model.Step;
import org.ordercycle.model.rules.returns.ReturnDecision;
import org.ordercycle.model.rules.returns.ReturnRule;
import org.ordercycle.model.rules.returns.ReturnView;
import org.ordercycle.scenario.Product;
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
public final class Returns implements DeliveryReceiver {
    private static final String CARRIER = "carrier";

    private final Context ctx;
    /** The returns desk's rule; null when the company does not perform the step. */
    private final ReturnRule rule;
    private final Steps.Returns spec;
    private final Department desk;
    /** Billing staff, who prepare the refund. */
    private final Department finance;
    private final Times times;
    private final Probe probe;
    private final Books books;
    private final StockReceiver stock;
    private final Settlement billing;

    /**
     * The times of a return, each sampled from the order's own uniforms: the customer's delay
     * before asking, by segment index, the desk's and finance's handling, the carrier's transit.
     */
    public record Times(Sampler[] requestDelay, Sampler handling, Sampler refund, Sampler transit) {
    }

    /** Where the moments of a return are reported (the measures). */
    public interface Probe {
        void returnRequested(Order o);

        void goodsReturned(Order o, int scrapped);

        void refunded(Order o, double now);
    }

    public Returns(Context ctx, ReturnRule rule, Steps.Returns spec, Department desk, Department finance, Times times,
            Probe probe, Books books, StockReceiver stock, Settlement billing) {
        this.ctx = ctx;
        this.rule = rule;
        this.spec = spec;
        this.desk = desk;
        this.finance = finance;
        this.times = times;
        this.probe = probe;
        this.books = books;
        this.stock = stock;
        this.billing = billing;
    }

    /** At delivery: does this customer send the goods back? */
    @Override
    public void delivered(Order o) {
        if (rule == null || o.draw(Draw.RETURN) >= o.segmentSpec().returnRate()) {
            return;
        }
        o.expectReturn();
        double delay = times.requestDelay()[o.segmentIndex()].sample(o.draw(Draw.RETURN_DELAY));
        ctx.after(delay, () -> request(o));
    }

    private void request(Order o) {
        o.recordReturnRequest(ctx.sim().time());
        probe.returnRequested(o);
        if (o.traced()) {
            ctx.trace(o, Step.RETURNS, "arrive", () -> "customer asks to return the goods");
        }
        desk.submit(o, Step.RETURNS, times.handling().sample(o.draw(Draw.RETURN_TIME)), 0,
                Account.RETURNS_HANDLING, this::authorised);
    }

    /** The returns desk has authorised the return; it goes the way the desk's rule decides. */
    private void authorised(Order o) {
        ReturnDecision d = rule.decide(new ReturnView(o.quantity(), spec.handoffIntervalDays(),
                spec.collectionIntervalDays()));
        if (o.traced()) {
            ctx.trace(o, Step.RETURNS, "decision", d::reason);
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
        ctx.after(batch - ctx.sim().time(), () -> {
            o.receive(ctx.sim().time(), CARRIER, Step.RETURNS);
            collect(o, order -> {
                goodsBack(order);
                handToFinance(order);
            });
        });
    }

    /** Handoffs: the goods are back; the receipt waits for the next batch of paperwork to finance. */
    private void handToFinance(Order o) {
        double batch = nextBatch(o, "finance");
        ctx.after(batch - ctx.sim().time(), () -> finance.submit(o, Step.RETURNS, refundTime(o), 0,
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
        finance.submitAside(o, Step.RETURNS, refundTime(o), 0, Account.RETURNS_HANDLING, done);
    }

    /** The carrier picks the goods up on its next round and brings them back (a schedule, then transit). */
    private void collect(Order o, Consumer<Order> back) {
        double now = ctx.sim().time();
        double round = ctx.nextCollection(now, spec.collectionIntervalDays());
        double transit = times.transit().sample(o.draw(Draw.RETURN_TRANSIT));
        if (o.traced()) {
            ctx.trace(o, Step.RETURNS, "handoff", () -> "the carrier collects the goods on its round at day " + fmt(round)
                    + "; they are back " + fmt(transit) + " days later");
        }
        ctx.after(round + transit - now, () -> back.accept(o));
    }

    /** The return leaves its department; the next one takes it with its next batch of paperwork. */
    private double nextBatch(Order o, String to) {
        double now = ctx.sim().time();
        double batch = ctx.nextCollection(now, spec.handoffIntervalDays());
        o.handOff(now);
        if (o.traced()) {
            ctx.trace(o, Step.RETURNS, "handoff", () -> "paperwork waits for the next batch to " + to + " at day " + fmt(batch));
        }
        return batch;
    }

    private double refundTime(Order o) {
        return times.refund().sample(o.draw(Draw.REFUND_TIME));
    }

    /**
     * The goods are back: the sale is reversed when the company has its goods again (not when
     * finance pays the refund, which depends on finance's queue), and what can be sold again is
     * restocked.
     */
    private void goodsBack(Order o) {
        int quantity = o.quantity();
        // only standard (make-to-stock) goods can be sold again; configured goods are scrapped
        int restock = o.productSpec().strategy() == Product.Strategy.makeToStock
                ? (int) Math.round(quantity * spec.restockRate()) : 0;
        books.goodsReturned(quantity, quantity - restock, quantity * o.agreedPrice());
        stock.restock(o, restock);
        o.recordGoodsBack();
        probe.goodsReturned(o, quantity - restock);
        if (o.traced()) {
            ctx.trace(o, Step.RETURNS, "handoff", () -> "goods back; " + restock + " units into stock");
        }
    }

    private void refund(Order o) {
        double now = ctx.sim().time();
        o.recordRefund();
        billing.creditAll(o);
        probe.refunded(o, now);
        if (o.traced()) {
            ctx.trace(o, Step.RETURNS, "finish", () -> "refunded after " + fmt(now - o.returnRequestedAt()) + " days");
        }
        billing.checkSettled(o);
    }
}
