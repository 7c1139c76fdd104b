package org.ordercycle.model.rules.invoice;

/** Billing issues every invoice in the format its customer asks for, at the cost of extra billing time. */
public record CustomerFormat() implements InvoiceFormatRule {

    @Override
    public String format(String customerFormat, String companyFormat) {
        return customerFormat;
    }

    @Override
    public boolean adapts() {
        return true;
    }
}
