package org.ordercycle.model;

import static org.ordercycle.model.SalesFlow.fmt;

import org.ordercycle.policy.Lever;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;

/**
 * Step 9: returns and refunds. Siloed, the return is handed from retailer to logistics to
 * finance, each hand-off waiting unattended; joint, one coordinated procedure authorises,
 * collects and refunds. Returned units go back to stock or to scrap.
 */
final class ReturnsFlow {
    private final Company c;

    ReturnsFlow(Company c) {
        this.c = c;
    }

    /** At delivery: does this customer send the goods back? */
    void delivered(Order o) {
        Steps.Returns r = c.scenario.steps().returns();
        if (!r.enabled() || o.u[Draw.RETURN] >= o.segment.spec.returnRate()) {
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
            c.trace(o, Step.RETURNS, "arrive", () -> "customer asks to return the goods");
        }
        if (c.joint(Lever.RETURNS_PROCEDURE)) {
            o.handOff(c.sim.time());
            double delay = c.samplers.returnCoordinatedDelay.sample(Draw.rotate(o.u[Draw.RETURN_HANDOFF], 0));
            Delay.after(c.sim, delay, () -> c.returnsDesk.submit(o, Step.RETURNS,
                    c.samplers.returnsTime.sample(o.u[Draw.RETURN_TIME]), 0, Account.RETURNS_HANDLING, this::refund));
        } else {
            handOff(o, 0);
        }
    }

    /** Siloed: one hand-off after another, each waiting unattended, each handled by the returns desk. */
    private void handOff(Order o, int stage) {
        int stages = c.scenario.steps().returns().handoffs();
        if (stage == stages) {
            refund(o);
            return;
        }
        o.handOff(c.sim.time());
        double delay = c.samplers.returnHandoffDelay.sample(Draw.rotate(o.u[Draw.RETURN_HANDOFF], stage));
        if (o.traced) {
            c.trace(o, Step.RETURNS, "handoff", () -> "return handed over (" + (stage + 1) + " of " + stages + "), waits "
                    + fmt(delay) + " days");
        }
        Delay.after(c.sim, delay, () -> c.returnsDesk.submit(o, Step.RETURNS,
                c.samplers.returnsTime.sample(Draw.rotate(o.u[Draw.RETURN_TIME], stage)), 0, Account.RETURNS_HANDLING,
                order -> handOff(order, stage + 1)));
    }

    private void refund(Order o) {
        double now = c.sim.time();
        // only standard (make-to-stock) goods can be sold again; configured goods are scrapped
        int restock = o.product.makeToStock
                ? (int) Math.round(o.quantity * c.scenario.steps().returns().restockRate()) : 0;
        c.books.unitsReturned += o.quantity;
        c.books.recognised -= o.quantity * o.agreedPrice; // the sale is reversed
        c.books.unitsScrappedFromReturns += o.quantity - restock;
        o.product.stock.add(now, restock);
        c.fulfilment.stockArrived(o.product);
        o.returnDone = true;
        for (Invoice inv : o.invoices) {
            c.billing.credit(inv);
        }
        c.metrics.refunded(o, o.quantity - restock, now);
        if (o.traced) {
            c.trace(o, Step.RETURNS, "finish", () -> "refunded after " + fmt(now - o.returnRequestedAt) + " days; " + restock
                    + " units back in stock");
        }
        c.billing.checkSettled(o);
    }
}
