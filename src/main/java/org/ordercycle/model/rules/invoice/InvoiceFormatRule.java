package org.ordercycle.model.rules.invoice;

/**
 * Step 8's invoice-format decision point: the format of an invoice for a customer who asks for
 * {@code customerFormat}, the company's own being {@code companyFormat}.
 */
public interface InvoiceFormatRule {

    /** The format used; a pure function of the two formats. */
    String format(String customerFormat, String companyFormat);

    /** True when the rule spends billing time on a format other than the company's own. */
    boolean adapts();
}
