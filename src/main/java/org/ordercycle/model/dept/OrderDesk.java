package org.ordercycle.model.dept;

import static org.ordercycle.model.dept.Text.fmt;

import org.ordercycle.engine.Sampler;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.Draw;
import org.ordercycle.model.Order;
import org.ordercycle.model.OrderState;
import org.ordercycle.model.ProductModel;
import org.ordercycle.model.Step;
import org.ordercycle.model.rules.entry.EntryDecision;
import org.ordercycle.model.rules.entry.EntryRule;
import org.ordercycle.model.rules.entry.EntryView;
import org.ordercycle.model.rules.entry.Keying;
import org.ordercycle.model.rules.selection.Selection;
import org.ordercycle.model.rules.selection.SelectionRule;
import org.ordercycle.model.rules.selection.SelectionView;
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
public final class OrderDesk implements OrderReceiver {
    private final Context ctx;
    /** Order entry's rule; null when the company does not perform the step. */
    private final EntryRule entry;
    /** The selection rule; null when the company does not perform the step. */
    private final SelectionRule selection;
    private final Steps.Entry entrySpec;
    private final Steps.Selection selectionSpec;
    private final Staff staff;
    private final Times times;
    private final Probe probe;
    private final Books books;
    private final ProductionEstimate production;
    private final DeliveryEstimate delivery;
    private final OrderReceiver fulfilment;

    /** The desks' staff: order entry, billing (which may keep its own record), junior and executive selection. */
    public record Staff(Department orderEntry, Department billing, Department juniorSelection,
            Department executiveSelection) {
    }

    /** Handling times, each sampled from the order's own uniforms. */
    public record Times(Sampler entry, Sampler rekey, Sampler junior, Sampler executive) {
    }

    /** Where the desk's verdicts are reported (the measures). */
    public interface Probe {
        void accepted(Order o);

        void rejected(Order o);

        void lost(Order o);
    }

    public OrderDesk(Context ctx, EntryRule entry, SelectionRule selection, Steps.Entry entrySpec,
            Steps.Selection selectionSpec, Staff staff, Times times, Probe probe, Books books,
            ProductionEstimate production, DeliveryEstimate delivery, OrderReceiver fulfilment) {
        this.ctx = ctx;
        this.entry = entry;
        this.selection = selection;
        this.entrySpec = entrySpec;
        this.selectionSpec = selectionSpec;
        this.staff = staff;
        this.times = times;
        this.probe = probe;
        this.books = books;
        this.production = production;
        this.delivery = delivery;
        this.fulfilment = fulfilment;
    }

    /**
     * Step 4. Order entry's rule decides how the order is recorded: keyed once into a shared record
     * handed over at once, or keyed again by each department that keeps its own record (sales'
     * order form before the hand-off, order entry, billing's invoicing record beside the flow) and
     * collected from an inbox in batches. Every keying may err with the same probability, from its
     * own uniform; an error copied from one record to the next reaches the invoice. Each re-keying
     * takes its department's time.
     */
    @Override
    public void receive(Order o) {
        if (entry == null) { // no entry step: the order reaches selection at once, error-free
            o.setRecordPrice(o.agreedPrice());
            select(o);
            return;
        }
        double work = times.entry().sample(o.draw(Draw.ENTRY_TIME));
        EntryDecision d = entry.decide(new EntryView(o.agreedPrice(), o.recordPrice(),
                o.draw(Draw.ENTRY_ERROR), o.draw(Draw.SECOND_KEYING_ERROR), o.draw(Draw.THIRD_KEYING_ERROR)));
        o.setRecordPrice(d.recordPrice());
        if (!d.inbox()) {
            staff.orderEntry().submit(o, Step.ENTRY, work, 0, Account.HANDLING_LABOUR, order -> entered(order, d));
            return;
        }
        if (d.salesForm() != null) {
            key(o, d.salesForm());
            work += rekeyTime(o, 0); // order entry types sales' form again
        }
        double now = ctx.sim().time();
        double pickup = ctx.nextCollection(now, entrySpec.inboxIntervalDays());
        o.handOff(now);
        if (o.traced()) {
            ctx.trace(o, Step.ENTRY, "handoff", () -> "order waits in the order-entry inbox until the next collection at day "
                    + fmt(pickup));
        }
        double entryWork = work;
        ctx.after(pickup - now, () -> staff.orderEntry().submit(o, Step.ENTRY, entryWork, 0,
                Account.HANDLING_LABOUR, order -> entered(order, d)));
    }

    /** Order entry has keyed the order; billing re-keys it beside the flow when it keeps its own record. */
    private void entered(Order o, EntryDecision d) {
        key(o, d.orderEntry());
        if (d.billing() != null) {
            // billing copies the record into its own now (so that the copy, errors included, is there
            // before any invoice) and spends the time beside the order's flow, not in its step times
            key(o, d.billing());
            staff.billing().submitUntracked(o, Step.ENTRY, rekeyTime(o, 1), 0, Account.HANDLING_LABOUR, order -> { });
        }
        select(o);
    }

    /** One keying the rule decided: its error joins the order's. */
    private void key(Order o, Keying k) {
        o.recordKeying(k.error());
        if (o.traced()) {
            ctx.traceAs(o, Step.ENTRY, k.by().department(), "finish", k::reason);
        }
    }

    /** Time to re-key the order at the {@code k}-th department that re-keys it (order entry 0, billing 1). */
    private double rekeyTime(Order o, int k) {
        return times.rekey().sample(o.draw(Draw.REKEY_TIME, k));
    }

    private void select(Order o) {
        if (selection == null) { // no selection step: accepted at the requested lead time
            o.promise(o.placedAt() + o.requestedLeadTime());
            accept(o);
            return;
        }
        if (selection.byExecutives()) {
            staff.executiveSelection().submit(o, Step.SELECTION, times.executive().sample(o.draw(Draw.SELECTION_TIME)),
                    o.segmentSpec().importance(), Account.HANDLING_LABOUR, this::decide);
        } else {
            // junior and senior staff sit at the same desk, with its staff, wages and handling time
            staff.juniorSelection().submit(o, Step.SELECTION, times.junior().sample(o.draw(Draw.SELECTION_TIME)), 0,
                    Account.HANDLING_LABOUR, this::decide);
        }
    }

    /** The desk decides on what it may know; the customer answers a date later than quoted. */
    private void decide(Order o) {
        ProductModel p = o.product();
        Selection d = selection.decide(new SelectionView(o.quantity(), o.placedAt(), o.quotedLeadTime(),
                o.requestedLeadTime(), o.segmentSpec().importance(), o.margin(),
                p.makeToStock() && p.onHand() >= o.quantity(), p.lineId(), p.lineLoadDays(),
                priority -> capableToPromise(o, priority)));
        if (d.verdict() == Selection.Verdict.REJECT) {
            if (o.traced()) {
                ctx.trace(o, Step.SELECTION, "decision", d.reason());
            }
            probe.rejected(o);
            books.terminate(o, OrderState.REJECTED);
            return;
        }
        if (d.verdict() == Selection.Verdict.OFFER_LATER) {
            double accept = Customers.leadTimeAcceptance(o.segmentSpec(), d.capable() - o.placedAt(),
                    o.requestedLeadTime());
            if (o.draw(Draw.PROMISE_ACCEPT) >= accept) {
                if (o.traced()) {
                    ctx.trace(o, Step.SELECTION, "decision", () -> "capable-to-promise date day " + fmt(d.capable())
                            + " is later than the customer accepts: order withdrawn");
                }
                probe.lost(o);
                books.terminate(o, OrderState.LOST);
                return;
            }
        }
        o.promise(d.promisedAt());
        o.prioritise(d.priority());
        if (o.traced()) {
            ctx.trace(o, Step.SELECTION, "decision", d.reason());
        }
        accept(o);
    }

    /**
     * The date the line, shipping and installation can deliver the order, seen from now, for an
     * order of this priority.
     */
    private double capableToPromise(Order o, double importance) {
        ProductModel p = o.product();
        boolean fromStock = p.makeToStock() && p.onHand() >= o.quantity();
        double shipping = delivery.shippingEstimate() + selectionSpec.promiseBufferDays();
        double made = fromStock ? 0
                : production.productionDays(o, importance, o.placedAt() + o.quotedLeadTime() - shipping);
        double arrival = ctx.sim().time() + made + shipping;
        return arrival + delivery.installationEstimate(p, arrival);
    }

    private void accept(Order o) {
        probe.accepted(o);
        fulfilment.receive(o);
    }
}
