package org.ordercycle.model.rules.invoice;

/**
 * What billing puts on an invoice, and why. The reason text is built only when asked.
 *
 * @param quantity       units to invoice (0 or less: nothing to invoice now)
 * @param consulted      billing spent time consulting other departments (check time)
 * @param checked        the consultation worked (false when it missed, or when nobody was consulted)
 * @param priceFromSales the agreed price comes from sales; otherwise the order record's price, keying errors
 *                       included, stays on the invoice
 */
public record InvoiceContent(int quantity, boolean consulted, boolean checked, boolean priceFromSales) {

    /** A sentence for traces. */
    public String reason() {
        String source = !consulted ? "the order record"
                : !checked ? "the order record (the check of shipping missed)"
                : priceFromSales ? "shipping (quantity) and sales (agreed price)"
                : "shipping (quantity) and the order record (price)";
        return "invoice content from " + source + ": " + quantity + " units";
    }
}
