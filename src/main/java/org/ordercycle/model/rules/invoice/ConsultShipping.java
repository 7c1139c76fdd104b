package org.ordercycle.model.rules.invoice;

/**
 * Billing consults shipping for the quantity (the units leaving now) and, when {@code askSales},
 * sales for the agreed price. A check misses with probability {@code checkMissRate}: billing then
 * falls back on the order record for this invoice, as siloed billing would.
 */
public record ConsultShipping(boolean askSales, double checkMissRate) implements InvoiceContentRule {

    @Override
    public InvoiceContent decide(InvoiceView v) {
        boolean checked = v.checkMissUniform() >= checkMissRate;
        int quantity = checked ? v.shippedUnits() : v.orderedUnits() - v.invoicedUnits();
        return new InvoiceContent(quantity, true, checked, checked && askSales);
    }
}
