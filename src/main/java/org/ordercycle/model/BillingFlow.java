package org.ordercycle.model;

import static org.ordercycle.model.SalesFlow.fmt;

import org.ordercycle.model.dept.Settlement;
import org.ordercycle.model.rules.invoice.InvoiceContent;
import org.ordercycle.model.rules.invoice.InvoiceView;
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
final class BillingFlow implements Settlement {
    private static final double EPS = 1e-6;
    /** A keying error mis-states the invoiced amount by this share (documented in the README). */
    static final double ENTRY_ERROR_SIZE = 0.10;

    private final Company c;
    final TimeAverage receivables;

    BillingFlow(Company c) {
        this.c = c;
        this.receivables = new TimeAverage(c.warmup, 0);
    }

    /** Goods for {@code units} leave: billing hears of it and invoices what its rule says. */
    void shipmentReady(Order o, int units) {
        o.readyUnits += units;
        if (!c.rules.performs(Step.BILLING)) {
            // without a billing step a correct bill for what ships is settled at once
            o.invoicedUnits += units;
            o.invoicesPending++;
            pay(issue(o, units, true));
            return;
        }
        InvoiceContent content = c.rules.invoiceContent.decide(new InvoiceView(units, o.quantity, o.invoicedUnits,
                o.u[Draw.CHECK_MISS]));
        int quantity = content.quantity();
        if (quantity <= 0) {
            return;
        }
        o.invoicedUnits += quantity;
        o.invoicesPending++;
        if (o.traced) {
            c.context.traceAs(o, Step.BILLING, "billing", "decision", content::reason);
        }
        int k = o.invoices.size();
        double work = c.samplers.billingTime.sample(Draw.rotate(o.u[Draw.BILLING_TIME], k));
        if (content.consulted()) {
            work += c.samplers.checkTime.sample(Draw.rotate(o.u[Draw.CHECK_TIME], k));
        }
        if (c.rules.invoiceFormat.adapts()) {
            work += c.samplers.formatTime.sample(Draw.rotate(o.u[Draw.FORMAT_TIME], k));
        }
        c.billingDesk.submitAside(o, Step.BILLING, work, 0, Account.HANDLING_LABOUR, order -> react(issue(order, quantity,
                content.priceFromSales())));
    }

    private Invoice issue(Order o, int quantity, boolean correct) {
        double now = c.sim.time();
        double price = correct ? o.agreedPrice : o.recordPrice;
        boolean entryError = !correct && o.entryError;
        boolean priceError = Math.abs(price - o.agreedPrice) > EPS * o.agreedPrice;
        boolean quantityError = o.invoicedUnits > o.readyUnits;
        String asked = o.segment.spec.billingFormat();
        boolean formatError = c.rules.performs(Step.BILLING)
                && !c.rules.invoiceFormat.format(asked, c.scenario.costs().companyInvoiceFormat()).equals(asked)
                && o.u[Draw.FORMAT_STRICT] < o.segment.spec.formatStrictShare();
        double amount = quantity * price * (entryError ? 1 + ENTRY_ERROR_SIZE : 1);
        Invoice inv = new Invoice(o, now, quantity, price, amount, quantityError, priceError, entryError, formatError);
        o.invoices.add(inv);
        o.invoicesPending--;
        c.books.invoiced += amount;
        receivables.add(now, amount);
        c.metrics.invoice(inv);
        if (o.traced) {
            c.context.traceAs(o, Step.BILLING, "billing", "finish", () -> "invoice " + o.invoices.size() + ": " + quantity + " units at "
                    + fmt(price) + (inv.anyError() ? " — errors: " + inv.errorText() : " — correct"));
        }
        if (o.returnDone) {
            credit(inv); // a return overtook the invoice
        }
        return inv;
    }

    /** The customer's reaction to an invoice: dispute, late payment or payment. */
    private void react(Invoice inv) {
        Order o = inv.order;
        int k = o.invoices.size() - 1;
        if (inv.balance() <= EPS) {
            checkSettled(o);
            return;
        }
        if (inv.disputed()) {
            double delay = c.samplers.disputeDelay.sample(Draw.rotate(o.u[Draw.DISPUTE_DELAY], k));
            Delay.after(c.sim, delay, () -> dispute(inv));
            return;
        }
        double days = o.segment.paymentDays.sample(Draw.rotate(o.u[Draw.PAYMENT_DAYS], k));
        if (inv.formatError) {
            days += o.segment.wrongFormatDelay.sample(Draw.rotate(o.u[Draw.FORMAT_DELAY], k));
        }
        Delay.after(c.sim, days, () -> pay(inv));
    }

    private void dispute(Invoice inv) {
        Order o = inv.order;
        if (inv.balance() <= EPS) {
            return;
        }
        inv.underDispute = true;
        c.metrics.dispute(inv, c.sim.time());
        if (o.traced) {
            c.context.traceAs(o, Step.BILLING, "billing", "arrive", () -> "customer disputes invoice (" + inv.errorText() + ", " + fmt(inv.amount) + ")");
        }
        c.billingDesk.submitAside(o, Step.BILLING,
                c.samplers.disputeTime.sample(Draw.rotate(o.u[Draw.DISPUTE_TIME], o.invoices.size())), 1,
                Account.BILLING_REWORK, order -> resolve(inv));
    }

    /** Credit note for the wrong invoice, then a correct one for what was really shipped. */
    private void resolve(Invoice inv) {
        Order o = inv.order;
        if (inv.balance() <= EPS) {
            checkSettled(o);
            return;
        }
        credit(inv);
        c.ledger.charge(Account.BILLING_REWORK, c.sim.time(), c.scenario.costs().creditNoteCost());
        c.metrics.disputeResolved(inv, c.sim.time());
        int unshipped = Math.max(0, o.invoicedUnits - o.readyUnits);
        int quantity = (int) inv.quantity - Math.min(unshipped, (int) inv.quantity);
        o.invoicedUnits -= (int) inv.quantity - quantity;
        if (o.traced) {
            c.context.traceAs(o, Step.BILLING, "billing", "decision", () -> "credit note of " + fmt(inv.amount) + "; re-invoiced " + quantity + " units");
        }
        if (quantity > 0) {
            o.invoicesPending++;
            Invoice correct = issue(o, quantity, true);
            correct.firstIssuedAt = inv.firstIssuedAt; // the customer was first billed then
            double days = o.segment.paymentDays.sample(Draw.rotate(o.u[Draw.PAYMENT_DAYS], o.invoices.size()));
            Delay.after(c.sim, days, () -> pay(correct));
        } else {
            checkSettled(o);
        }
    }

    /** Cancels what is still owed on an invoice and refunds what was paid. */
    private void credit(Invoice inv) {
        double now = c.sim.time();
        double open = Math.max(0, inv.balance());
        double refund = inv.paid - inv.refunded;
        inv.credited += open + refund;
        inv.refunded += refund;
        c.books.credited += open + refund;
        c.books.refunded += refund;
        receivables.add(now, -open);
        c.metrics.credit(inv, open + refund, now);
    }

    private void pay(Invoice inv) {
        double owed = inv.balance();
        if (owed > EPS) {
            double now = c.sim.time();
            inv.paid += owed;
            c.books.paid += owed;
            receivables.add(now, -owed);
            c.metrics.payment(inv, now);
            inv.order.paidAt = now;
            if (inv.order.traced) {
                c.context.traceAs(inv.order, Step.BILLING, "billing", "finish", () -> "customer pays " + fmt(owed));
            }
        }
        checkSettled(inv.order);
    }

    @Override
    public void creditAll(Order o) {
        for (Invoice inv : o.invoices) {
            credit(inv);
        }
    }

    @Override
    public void checkSettled(Order o) {
        if (o.state != OrderState.DELIVERED || o.invoicesPending > 0 || o.invoicedUnits < o.quantity
                || (o.willReturn && !o.returnDone)) {
            return;
        }
        for (Invoice inv : o.invoices) {
            if (inv.balance() > EPS) {
                return;
            }
        }
        c.books.terminate(o, o.returnDone ? OrderState.RETURNED : OrderState.PAID);
    }
}
