package org.ordercycle.model;

import static org.ordercycle.model.SalesFlow.fmt;

import org.ordercycle.model.rules.selection.Selection;
import org.ordercycle.model.rules.selection.SelectionView;
import org.ordercycle.model.rules.entry.EntryDecision;
import org.ordercycle.model.rules.entry.EntryView;
import org.ordercycle.model.rules.entry.Keying;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;

/**
 * Steps 4 and 5: order receipt and entry, then selection and prioritisation. Siloed: orders
 * are re-keyed and wait in an inbox collected in batches; junior staff accept by size and
 * promise the quoted standard date. Joint: one shared record handed over at once; executives
 * accept by strategic value and capacity and promise capable-to-promise dates. Between them,
 * senior sales staff at the junior desk see the line's load: they accept by size, promise
 * capable-to-promise dates and refuse what the line cannot make by the customer's date.
 */
final class OrderDesk {
    private final Company c;

    OrderDesk(Company c) {
        this.c = c;
    }

    /**
     * Step 4. Order entry's rule decides how the order is recorded: keyed once into a shared record
     * handed over at once, or keyed again by each department that keeps its own record (sales'
     * order form before the hand-off, order entry, billing's invoicing record beside the flow) and
     * collected from an inbox in batches. Every keying may err with the same probability, from its
     * own uniform; an error copied from one record to the next reaches the invoice. Each re-keying
     * takes its department's time.
     */
    void receive(Order o) {
        if (!c.rules.performs(Step.ENTRY)) { // no entry step: the order reaches selection at once, error-free
            o.recordPrice = o.agreedPrice;
            select(o);
            return;
        }
        double work = c.samplers.entryTime.sample(o.u[Draw.ENTRY_TIME]);
        EntryDecision d = c.rules.entry.decide(new EntryView(o.agreedPrice, o.recordPrice,
                o.u[Draw.KEYING_ERRORS[0]], o.u[Draw.KEYING_ERRORS[1]], o.u[Draw.KEYING_ERRORS[2]]));
        o.recordPrice = d.recordPrice();
        if (!d.inbox()) {
            c.orderEntry.submit(o, Step.ENTRY, work, 0, Account.HANDLING_LABOUR, order -> entered(order, d));
            return;
        }
        if (d.salesForm() != null) {
            key(o, d.salesForm());
            work += rekeyTime(o, 0); // order entry types sales' form again
        }
        double pickup = c.context.nextCollection(c.sim.time(), c.scenario.steps().entry().inboxIntervalDays());
        o.handOff(c.sim.time());
        if (o.traced) {
            c.context.trace(o, Step.ENTRY, "handoff", () -> "order waits in the order-entry inbox until the next collection at day "
                    + fmt(pickup));
        }
        double entryWork = work;
        Delay.after(c.sim, pickup - c.sim.time(), () -> c.orderEntry.submit(o, Step.ENTRY, entryWork, 0,
                Account.HANDLING_LABOUR, order -> entered(order, d)));
    }

    /** Order entry has keyed the order; billing re-keys it beside the flow when it keeps its own record. */
    private void entered(Order o, EntryDecision d) {
        key(o, d.orderEntry());
        if (d.billing() != null) {
            // billing copies the record into its own now (so that the copy, errors included, is there
            // before any invoice) and spends the time beside the order's flow, not in its step times
            key(o, d.billing());
            c.billingDesk.submitUntracked(o, Step.ENTRY, rekeyTime(o, 1), 0, Account.HANDLING_LABOUR, order -> { });
        }
        select(o);
    }

    /** One keying the rule decided: its error joins the order's. */
    private void key(Order o, Keying k) {
        o.entryError |= k.error();
        if (o.traced) {
            c.context.traceAs(o, Step.ENTRY, k.by().department(), "finish", k::reason);
        }
    }

    /** Time to re-key the order at the {@code k}-th department that re-keys it (order entry 0, billing 1). */
    private double rekeyTime(Order o, int k) {
        return c.samplers.rekeyTime.sample(Draw.rotate(o.u[Draw.REKEY_TIME], k));
    }

    private void select(Order o) {
        if (!c.rules.performs(Step.SELECTION)) { // no selection step: accepted at the requested lead time
            o.promisedAt = o.placedAt + o.requestedLeadTime;
            accept(o);
            return;
        }
        if (c.rules.selection.byExecutives()) {
            c.executiveSelection.submit(o, Step.SELECTION, c.samplers.executiveTime.sample(o.u[Draw.SELECTION_TIME]),
                    o.segment.spec.importance(), Account.HANDLING_LABOUR, this::decide);
        } else {
            // junior and senior staff sit at the same desk, with its staff, wages and handling time
            c.juniorSelection.submit(o, Step.SELECTION, c.samplers.juniorTime.sample(o.u[Draw.SELECTION_TIME]), 0,
                    Account.HANDLING_LABOUR, this::decide);
        }
    }

    /** The desk decides on what it may know; the customer answers a date later than quoted. */
    private void decide(Order o) {
        Steps.Selection s = c.scenario.steps().selection();
        Selection d = c.rules.selection.decide(new SelectionView(o.quantity, o.placedAt, o.quotedLeadTime,
                o.requestedLeadTime, o.segment.spec.importance(), o.margin(),
                o.product.makeToStock && o.product.onHand() >= o.quantity, o.product.line.spec.id(),
                o.product.line.loadDays(), priority -> capableToPromise(o, priority, s)));
        if (d.verdict() == Selection.Verdict.REJECT) {
            if (o.traced) {
                c.context.trace(o, Step.SELECTION, "decision", d.reason());
            }
            c.metrics.rejected(o);
            c.books.terminate(o, OrderState.REJECTED);
            return;
        }
        if (d.verdict() == Selection.Verdict.OFFER_LATER) {
            double accept = SalesFlow.leadTimeAcceptance(o.segment, d.capable() - o.placedAt, o.requestedLeadTime);
            if (o.u[Draw.PROMISE_ACCEPT] >= accept) {
                if (o.traced) {
                    c.context.trace(o, Step.SELECTION, "decision", () -> "capable-to-promise date day " + fmt(d.capable())
                            + " is later than the customer accepts: order withdrawn");
                }
                c.metrics.lost(o);
                c.books.terminate(o, OrderState.LOST);
                return;
            }
        }
        o.promisedAt = d.promisedAt();
        o.priority = d.priority();
        if (o.traced) {
            c.context.trace(o, Step.SELECTION, "decision", d.reason());
        }
        accept(o);
    }

    /**
     * The date the line, shipping and installation can deliver the order, seen from now, for an
     * order of this priority.
     */
    private double capableToPromise(Order o, double importance, Steps.Selection s) {
        boolean fromStock = o.product.makeToStock && o.product.onHand() >= o.quantity;
        double shipping = c.fulfilment.shippingEstimate() + s.promiseBufferDays();
        double production = fromStock ? 0 : productionDays(o, importance, o.placedAt + o.quotedLeadTime - shipping);
        double arrival = c.sim.time() + production + shipping;
        return arrival + c.fulfilment.installationEstimate(o.product, arrival);
    }

    /**
     * Days until the goods of an order not served from stock are made: for a make-to-stock item,
     * when the next replenishment that covers it (after the backorders before it) is done; for a
     * make-to-order item, or when no queued replenishment covers it, when a job of its own would be.
     */
    private double productionDays(Order o, double importance, double due) {
        ProductModel p = o.product;
        if (p.makeToStock) {
            double days = p.line.replenishmentDays(p, p.backorderedUnits + o.quantity - p.onHand());
            if (!Double.isNaN(days)) {
                return days;
            }
        }
        return p.line.capableToPromiseDays(p.hoursFor(o.quantity), importance, due);
    }

    private void accept(Order o) {
        c.metrics.accepted(o);
        c.fulfilment.receive(o);
    }
}
