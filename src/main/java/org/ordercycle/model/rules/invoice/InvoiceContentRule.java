package org.ordercycle.model.rules.invoice;

/** Step 8's invoice decision point: the quantity and the price billing puts on an invoice. */
public interface InvoiceContentRule {

    /** A pure function of the view and the rule's parameters. */
    InvoiceContent decide(InvoiceView view);
}
