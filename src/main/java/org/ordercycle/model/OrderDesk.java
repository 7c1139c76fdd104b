package org.ordercycle.model;

import static org.ordercycle.model.SalesFlow.fmt;

import org.ordercycle.policy.Lever;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;

/**
 * Steps 4 and 5: order receipt and entry, then selection and prioritisation. Siloed: orders
 * are re-keyed and wait in an inbox collected in batches; junior staff accept by size and
 * promise the quoted standard date. Joint: one shared record handed over at once; executives
 * accept by strategic value and capacity and promise capable-to-promise dates.
 */
final class OrderDesk {
    private final Company c;

    OrderDesk(Company c) {
        this.c = c;
    }

    /**
     * Step 4. A shared record is keyed once, by order entry. Re-keyed, each department that keeps
     * its own record keys the order again: sales writes it on its own order form (as part of its
     * quoting work), order entry types that form into the order system, billing types the order
     * into its invoicing record ({@code keyingsWhenRekeyed} of them, in that order). Every keying
     * may err with the same probability, and an error copied from one record to the next reaches
     * the invoice: more keyings, more chances to err. Each re-keying takes its department's time.
     */
    void receive(Order o) {
        Steps.Entry e = c.scenario.steps().entry();
        if (!e.enabled()) {
            o.recordPrice = o.agreedPrice;
            select(o);
            return;
        }
        double work = c.samplers.entryTime.sample(o.u[Draw.ENTRY_TIME]);
        if (c.joint(Lever.SHARED_ENTRY)) {
            o.recordPrice = o.agreedPrice; // one record: the agreed price travels with the order
            c.orderEntry.submit(o, Step.ENTRY, work, 0, Account.HANDLING_LABOUR, order -> entered(order, 0));
            return;
        }
        boolean salesForm = e.keyingsWhenRekeyed() >= 2;
        if (salesForm) {
            key(o, 0, "sales", "sales writes the order on its own order form");
            work += rekeyTime(o, 0); // order entry types sales' form again
        }
        double pickup = c.nextCollection(c.sim.time(), e.inboxIntervalDays());
        o.handOff(c.sim.time());
        if (o.traced) {
            c.trace(o, Step.ENTRY, "handoff", () -> "order waits in the order-entry inbox until the next collection at day "
                    + fmt(pickup));
        }
        double entryWork = work;
        int keying = salesForm ? 1 : 0;
        Delay.after(c.sim, pickup - c.sim.time(), () -> c.orderEntry.submit(o, Step.ENTRY, entryWork, 0,
                Account.HANDLING_LABOUR, order -> entered(order, keying)));
    }

    /** Order entry has keyed the order (keying number {@code keying}); billing re-keys it beside the flow. */
    private void entered(Order o, int keying) {
        key(o, keying, "order entry", "order entry keys the order");
        if (!c.joint(Lever.SHARED_ENTRY) && c.scenario.steps().entry().keyingsWhenRekeyed() >= 3) {
            // billing copies the record into its own now (so that the copy, errors included, is there
            // before any invoice) and spends the time beside the order's flow, not in its step times
            key(o, keying + 1, "billing", "billing keys the order into its own invoicing record");
            c.billingDesk.submitUntracked(o, Step.ENTRY, rekeyTime(o, 1), 0, Account.HANDLING_LABOUR, order -> { });
        }
        select(o);
    }

    /** One keying operation: it errs with the scenario's probability per keying, from its own uniform. */
    private void key(Order o, int keying, String department, String who) {
        boolean error = o.u[Draw.KEYING_ERRORS[keying]] < c.scenario.steps().entry().errorPerKeying();
        o.entryError |= error;
        if (o.traced) {
            c.traceAs(o, Step.ENTRY, department, "finish", () -> who
                    + (error ? ", with a keying error nobody notices" : " correctly") + (o.recordPrice != o.agreedPrice
                    ? "; the record shows the list price " + fmt(o.recordPrice) + ", not the agreed " + fmt(o.agreedPrice) : ""));
        }
    }

    /** Time to re-key the order at the {@code k}-th department that re-keys it (order entry 0, billing 1). */
    private double rekeyTime(Order o, int k) {
        return c.samplers.rekeyTime.sample(Draw.rotate(o.u[Draw.REKEY_TIME], k));
    }

    private void select(Order o) {
        Steps.Selection s = c.scenario.steps().selection();
        if (!s.enabled()) {
            o.promisedAt = o.placedAt + o.requestedLeadTime;
            accept(o);
            return;
        }
        if (c.joint(Lever.STRATEGIC_SELECTION)) {
            c.executiveSelection.submit(o, Step.SELECTION, c.samplers.executiveTime.sample(o.u[Draw.SELECTION_TIME]),
                    o.segment.spec.importance(), Account.HANDLING_LABOUR, this::executiveDecision);
        } else {
            c.juniorSelection.submit(o, Step.SELECTION, c.samplers.juniorTime.sample(o.u[Draw.SELECTION_TIME]), 0,
                    Account.HANDLING_LABOUR, this::juniorDecision);
        }
    }

    private void juniorDecision(Order o) {
        Steps.Selection s = c.scenario.steps().selection();
        if (o.quantity < s.juniorMinSize()) {
            if (o.traced) {
                c.trace(o, Step.SELECTION, "decision", () -> "rejected by junior staff: " + o.quantity + " units is below "
                        + fmt(s.juniorMinSize()));
            }
            c.metrics.rejected(o);
            c.terminate(o, OrderState.REJECTED);
            return;
        }
        o.promisedAt = o.placedAt + o.quotedLeadTime;
        if (o.traced) {
            c.trace(o, Step.SELECTION, "decision", () -> "accepted first come first served; standard promise: day "
                    + fmt(o.promisedAt) + " (line load " + fmt(o.product.line.loadDays()) + " days not looked at)");
        }
        accept(o);
    }

    private void executiveDecision(Order o) {
        Steps.Selection s = c.scenario.steps().selection();
        double now = c.sim.time();
        double value = o.segment.spec.importance() * o.margin();
        boolean fromStock = o.product.makeToStock && o.product.onHand() >= o.quantity;
        double load = o.product.line.loadDays();
        if (!fromStock && load > s.capacityLimitDays() && value < s.minStrategicValue()) {
            if (o.traced) {
                c.trace(o, Step.SELECTION, "decision", () -> "rejected by executives: line " + o.product.line.spec.id() + " has "
                        + fmt(load) + " days of work and the order's strategic value " + fmt(value) + " is below "
                        + fmt(s.minStrategicValue()));
            }
            c.metrics.rejected(o);
            c.terminate(o, OrderState.REJECTED);
            return;
        }
        double ownHours = o.product.makeToStock ? 0 : o.product.hoursFor(o.quantity);
        double shipping = c.fulfilment.shippingEstimate() + s.promiseBufferDays();
        double production = fromStock ? 0 : o.product.line.capableToPromiseDays(ownHours, o.segment.spec.importance(),
                o.placedAt + o.quotedLeadTime - shipping);
        double promise = now + production + shipping;
        double promisedLeadTime = promise - o.placedAt;
        if (promisedLeadTime > o.quotedLeadTime + 1e-9) {
            double accept = SalesFlow.leadTimeAcceptance(o.segment, promisedLeadTime, o.requestedLeadTime);
            if (o.u[Draw.PROMISE_ACCEPT] >= accept) {
                if (o.traced) {
                    c.trace(o, Step.SELECTION, "decision", () -> "capable-to-promise date day " + fmt(promise)
                            + " is later than the customer accepts: order withdrawn");
                }
                c.metrics.lost(o);
                c.terminate(o, OrderState.LOST);
                return;
            }
        }
        o.promisedAt = Math.max(promise, o.placedAt + o.quotedLeadTime); // never earlier than quoted
        o.priority = o.segment.spec.importance();
        if (o.traced) {
            c.trace(o, Step.SELECTION, "decision", () -> "accepted by executives (strategic value " + fmt(value) + "); "
                    + "capable-to-promise date day " + fmt(o.promisedAt) + " from " + fmt(load) + " days of line load");
        }
        accept(o);
    }

    private void accept(Order o) {
        c.metrics.accepted(o);
        c.fulfilment.release(o);
    }
}
