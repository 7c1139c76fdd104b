package org.ordercycle.model.dept;

import static org.ordercycle.model.dept.Text.fmt;

import org.ordercycle.engine.Sampler;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.Draw;
import org.ordercycle.model.Invoice;
import org.ordercycle.model.Order;
import org.ordercycle.model.OrderState;
import org.ordercycle.model.Step;
import org.ordercycle.model.rules.invoice.InvoiceContent;
import org.ordercycle.model.rules.invoice.InvoiceContentRule;
import org.ordercycle.model.rules.invoice.InvoiceFormatRule;
import org.ordercycle.model.rules.invoice.InvoiceView;
import org.ordercycle.scenario.Costs;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Ledger.Account;
import org.ordercycle.stats.TimeAverage;

/**
 * Step 8: invoices, disputes, credit notes and payments. The company's invoice rules decide
 * what goes on an invoice and in which format. Siloed billing builds the invoice from
 * the order record when goods leave: the ordered quantity (even of a partial shipment) at the
 * recorded price (the agreed discount lost when the record was re-keyed), keying errors
 * included, in the company's format. With billing-check it consults shipping and sales (or, with
 * shipping-only, shipping alone: right quantities, but the record's price and keying errors
 * stay); with customer-format it uses the customer's format. Wrong content is disputed,
 * credited and re-invoiced; a wrong format only delays payment.
 */
public final class Billing implements GoodsReceiver, Settlement {
    private static final double EPS = 1e-6;
    /** A keying error mis-states the invoiced amount by this share (documented in the README). */
    static final double ENTRY_ERROR_SIZE = 0.10;
    /** The name billing's work on an order is reported under. */
    private static final String OWNER = "billing";

    private final Context ctx;
    /** What goes on an invoice; null when the company does not perform the step. */
    private final InvoiceContentRule content;
    private final InvoiceFormatRule format;
    private final Department desk;
    private final Times times;
    private final Costs costs;
    private final Ledger ledger;
    private final Probe probe;
    private final Books books;
    /** Amounts invoiced and not yet paid or credited, over time. */
    private final TimeAverage receivables;

    /**
     * The times of billing and of the customer's answer, each sampled from the order's own
     * uniforms: the desk's work, a consultation, the customer's format, a dispute; by segment
     * index, the customer's payment days and the delay a wrong format adds.
     */
    public record Times(Sampler billing, Sampler check, Sampler format, Sampler disputeTime, Sampler disputeDelay,
            Sampler[] paymentDays, Sampler[] wrongFormatDelay) {
    }

    /** Where invoices, disputes, credit notes and payments are reported (the measures). */
    public interface Probe {
        void invoice(Invoice inv);

        void dispute(Invoice inv, double now);

        void disputeResolved(Invoice inv, double now);

        void credit(Invoice inv, double amount, double now);

        void payment(Invoice inv, double now);
    }

    public Billing(Context ctx, InvoiceContentRule content, InvoiceFormatRule format, Department desk, Times times,
            Costs costs, Ledger ledger, Probe probe, Books books, double warmup) {
        this.ctx = ctx;
        this.content = content;
        this.format = format;
        this.desk = desk;
        this.times = times;
        this.costs = costs;
        this.ledger = ledger;
        this.probe = probe;
        this.books = books;
        this.receivables = new TimeAverage(warmup, 0);
    }

    /** Amounts invoiced and not yet paid or credited, over time (from the end of the warm-up). */
    public TimeAverage receivables() {
        return receivables;
    }

    /** Goods for {@code units} leave: billing hears of it and invoices what its rule says. */
    @Override
    public void shipmentReady(Order o, int units) {
        o.recordReady(units);
        if (content == null) {
            // without a billing step a correct bill for what ships is settled at once
            o.addInvoicedUnits(units);
            o.invoiceUnderway();
            pay(issue(o, units, true));
            return;
        }
        InvoiceContent decided = content.decide(new InvoiceView(units, o.quantity(), o.invoicedUnits(),
                o.draw(Draw.CHECK_MISS)));
        int quantity = decided.quantity();
        if (quantity <= 0) {
            return;
        }
        o.addInvoicedUnits(quantity);
        o.invoiceUnderway();
        if (o.traced()) {
            ctx.traceAs(o, Step.BILLING, OWNER, "decision", decided::reason);
        }
        int k = o.invoiceCount();
        double work = times.billing().sample(o.draw(Draw.BILLING_TIME, k));
        if (decided.consulted()) {
            work += times.check().sample(o.draw(Draw.CHECK_TIME, k));
        }
        if (format.adapts()) {
            work += times.format().sample(o.draw(Draw.FORMAT_TIME, k));
        }
        desk.submitAside(o, Step.BILLING, work, 0, Account.HANDLING_LABOUR, order -> react(issue(order, quantity,
                decided.priceFromSales())));
    }

    private Invoice issue(Order o, int quantity, boolean correct) {
        double now = ctx.sim().time();
        double agreed = o.agreedPrice();
        double price = correct ? agreed : o.recordPrice();
        boolean entryError = !correct && o.entryError();
        boolean priceError = Math.abs(price - agreed) > EPS * agreed;
        boolean quantityError = o.invoicedUnits() > o.readyUnits();
        String asked = o.segmentSpec().billingFormat();
        boolean formatError = content != null
                && !format.format(asked, costs.companyInvoiceFormat()).equals(asked)
                && o.draw(Draw.FORMAT_STRICT) < o.segmentSpec().formatStrictShare();
        double amount = quantity * price * (entryError ? 1 + ENTRY_ERROR_SIZE : 1);
        Invoice inv = new Invoice(o, now, quantity, price, amount, quantityError, priceError, entryError, formatError);
        o.invoiceIssued(inv);
        books.invoiced(amount);
        receivables.add(now, amount);
        probe.invoice(inv);
        if (o.traced()) {
            ctx.traceAs(o, Step.BILLING, OWNER, "finish", () -> "invoice " + o.invoiceCount() + ": " + quantity + " units at "
                    + fmt(price) + (inv.anyError() ? " — errors: " + inv.errorText() : " — correct"));
        }
        if (o.returnDone()) {
            credit(inv); // a return overtook the invoice
        }
        return inv;
    }

    /** The customer's reaction to an invoice: dispute, late payment or payment. */
    private void react(Invoice inv) {
        Order o = inv.order();
        int k = o.invoiceCount() - 1;
        if (inv.balance() <= EPS) {
            checkSettled(o);
            return;
        }
        if (inv.disputed()) {
            double delay = times.disputeDelay().sample(o.draw(Draw.DISPUTE_DELAY, k));
            ctx.after(delay, () -> dispute(inv));
            return;
        }
        int segment = o.segmentIndex();
        double days = times.paymentDays()[segment].sample(o.draw(Draw.PAYMENT_DAYS, k));
        if (inv.formatError()) {
            days += times.wrongFormatDelay()[segment].sample(o.draw(Draw.FORMAT_DELAY, k));
        }
        ctx.after(days, () -> pay(inv));
    }

    private void dispute(Invoice inv) {
        Order o = inv.order();
        if (inv.balance() <= EPS) {
            return;
        }
        inv.markDisputed();
        probe.dispute(inv, ctx.sim().time());
        if (o.traced()) {
            ctx.traceAs(o, Step.BILLING, OWNER, "arrive", () -> "customer disputes invoice (" + inv.errorText() + ", "
                    + fmt(inv.amount()) + ")");
        }
        desk.submitAside(o, Step.BILLING,
                times.disputeTime().sample(o.draw(Draw.DISPUTE_TIME, o.invoiceCount())), 1,
                Account.BILLING_REWORK, order -> resolve(inv));
    }

    /** Credit note for the wrong invoice, then a correct one for what was really shipped. */
    private void resolve(Invoice inv) {
        Order o = inv.order();
        if (inv.balance() <= EPS) {
            checkSettled(o);
            return;
        }
        credit(inv);
        ledger.charge(Account.BILLING_REWORK, ctx.sim().time(), costs.creditNoteCost());
        probe.disputeResolved(inv, ctx.sim().time());
        int unshipped = Math.max(0, o.invoicedUnits() - o.readyUnits());
        int quantity = (int) inv.quantity() - Math.min(unshipped, (int) inv.quantity());
        o.addInvoicedUnits(-((int) inv.quantity() - quantity));
        if (o.traced()) {
            ctx.traceAs(o, Step.BILLING, OWNER, "decision", () -> "credit note of " + fmt(inv.amount()) + "; re-invoiced "
                    + quantity + " units");
        }
        if (quantity > 0) {
            o.invoiceUnderway();
            Invoice correct = issue(o, quantity, true);
            correct.replaces(inv); // the customer was first billed then
            double days = times.paymentDays()[o.segmentIndex()].sample(o.draw(Draw.PAYMENT_DAYS, o.invoiceCount()));
            ctx.after(days, () -> pay(correct));
        } else {
            checkSettled(o);
        }
    }

    @Override
    public void creditAll(Order o) {
        for (int i = 0; i < o.invoiceCount(); i++) {
            credit(o.invoice(i));
        }
    }

    /** Cancels what is still owed on an invoice and refunds what was paid. */
    private void credit(Invoice inv) {
        double now = ctx.sim().time();
        double open = Math.max(0, inv.balance());
        double refund = inv.paid() - inv.refunded();
        inv.credit(open, refund);
        books.credited(open + refund, refund);
        receivables.add(now, -open);
        probe.credit(inv, open + refund, now);
    }

    private void pay(Invoice inv) {
        double owed = inv.balance();
        Order o = inv.order();
        if (owed > EPS) {
            double now = ctx.sim().time();
            inv.pay(owed);
            books.paid(owed);
            receivables.add(now, -owed);
            probe.payment(inv, now);
            o.recordPayment(now);
            if (o.traced()) {
                ctx.traceAs(o, Step.BILLING, OWNER, "finish", () -> "customer pays " + fmt(owed));
            }
        }
        checkSettled(o);
    }

    @Override
    public void checkSettled(Order o) {
        if (o.state() != OrderState.DELIVERED || o.invoicesPending() > 0 || o.invoicedUnits() < o.quantity()
                || (o.willReturn() && !o.returnDone())) {
            return;
        }
        for (int i = 0; i < o.invoiceCount(); i++) {
            if (o.invoice(i).balance() > EPS) {
                return;
            }
        }
        books.terminate(o, o.returnDone() ? OrderState.RETURNED : OrderState.PAID);
    }
}
