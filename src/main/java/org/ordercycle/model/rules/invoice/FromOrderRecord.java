package org.ordercycle.model.rules.invoice;

/**
 * Siloed billing: builds the invoice from the order record alone, with everything the record says
 * is still to invoice (the ordered quantity, even when only part of it ships) at the recorded price.
 */
public record FromOrderRecord() implements InvoiceContentRule {

    @Override
    public InvoiceContent decide(InvoiceView v) {
        return new InvoiceContent(v.orderedUnits() - v.invoicedUnits(), false, false, false);
    }
}
