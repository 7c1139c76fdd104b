package org.ordercycle.model;

/** One invoice of an order: what was billed, what went wrong, and what is still owed. */
final class Invoice {
    final Order order;
    final double issuedAt;
    final double quantity;
    final double unitPrice;
    final double amount;
    final boolean quantityError;
    final boolean priceError;
    final boolean entryError;
    final boolean formatError;
    double paid;
    double credited;
    double refunded;
    boolean settled;
    /** Issue date of the first invoice of this amount: a replacement after a dispute keeps it (DSO counts from it). */
    double firstIssuedAt;
    /** True once the customer has disputed it. */
    boolean underDispute;

    Invoice(Order order, double issuedAt, double quantity, double unitPrice, double amount, boolean quantityError,
            boolean priceError, boolean entryError, boolean formatError) {
        this.order = order;
        this.issuedAt = issuedAt;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = amount;
        this.quantityError = quantityError;
        this.priceError = priceError;
        this.entryError = entryError;
        this.formatError = formatError;
        this.firstIssuedAt = issuedAt;
    }

    /** True when the content is wrong (the customer disputes it); a wrong format only delays payment. */
    boolean disputed() {
        return quantityError || priceError || entryError;
    }

    boolean anyError() {
        return disputed() || formatError;
    }

    /** Amount still owed by the customer. */
    double balance() {
        return amount - paid - credited + refunded;
    }

    /** Error kinds as text, e.g. {@code quantity+format}; empty when correct. */
    String errorText() {
        StringBuilder sb = new StringBuilder();
        append(sb, quantityError, "quantity");
        append(sb, priceError, "price");
        append(sb, entryError, "entry");
        append(sb, formatError, "format");
        return sb.toString();
    }

    private static void append(StringBuilder sb, boolean flag, String text) {
        if (flag) {
            sb.append(sb.isEmpty() ? "" : "+").append(text);
        }
    }
}
