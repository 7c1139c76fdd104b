package org.ordercycle.model;

/** One invoice of an order: what was billed, what went wrong, and what is still owed. */
public final class Invoice {
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

    public Invoice(Order order, double issuedAt, double quantity, double unitPrice, double amount, boolean quantityError,
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

    /** The order billed. */
    public Order order() {
        return order;
    }

    /** Units billed. */
    public double quantity() {
        return quantity;
    }

    /** Amount billed. */
    public double amount() {
        return amount;
    }

    /** True when the customer's format was not used and the customer insists on it. */
    public boolean formatError() {
        return formatError;
    }

    /** Amount the customer paid. */
    public double paid() {
        return paid;
    }

    /** Amount refunded after a credit note. */
    public double refunded() {
        return refunded;
    }

    /** The customer pays {@code amount}. */
    public void pay(double amount) {
        paid += amount;
    }

    /** A credit note cancels {@code open} still owed and refunds {@code refund} paid. */
    public void credit(double open, double refund) {
        credited += open + refund;
        refunded += refund;
    }

    /** The customer disputes the invoice. */
    public void markDisputed() {
        underDispute = true;
    }

    /** This invoice replaces {@code wrong} after a dispute: the customer was first billed when {@code wrong} was. */
    public void replaces(Invoice wrong) {
        firstIssuedAt = wrong.firstIssuedAt;
    }

    /** True when the content is wrong (the customer disputes it); a wrong format only delays payment. */
    public boolean disputed() {
        return quantityError || priceError || entryError;
    }

    public boolean anyError() {
        return disputed() || formatError;
    }

    /** Amount still owed by the customer. */
    public double balance() {
        return amount - paid - credited + refunded;
    }

    /** Error kinds as text, e.g. {@code quantity+format}; empty when correct. */
    public String errorText() {
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
