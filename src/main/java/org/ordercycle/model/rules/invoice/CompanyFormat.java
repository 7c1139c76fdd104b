package org.ordercycle.model.rules.invoice;

/** Siloed billing: every invoice in the company's own format. */
public record CompanyFormat() implements InvoiceFormatRule {

    @Override
    public String format(String customerFormat, String companyFormat) {
        return companyFormat;
    }

    @Override
    public boolean adapts() {
        return false;
    }
}
