package org.ordercycle.model.rules.invoice;

/** The one place where billing-check and customer-format settings become invoice rules. */
public final class InvoiceRules {
    public static final String ORDER_RECORD = "order-record";
    public static final String SHIPPING_ONLY = "shipping-only";
    public static final String SHIPPING_AND_SALES = "shipping-and-sales";
    public static final String COMPANY = "company";
    public static final String CUSTOMER = "customer";

    private InvoiceRules() {
    }

    /** The content rule of a billing-check setting: order-record, shipping-only or shipping-and-sales. */
    public static InvoiceContentRule content(String setting, InvoiceParams p) {
        return switch (setting) {
            case ORDER_RECORD -> new FromOrderRecord();
            case SHIPPING_ONLY -> new ConsultShipping(false, p.checkMissRate());
            case SHIPPING_AND_SALES -> new ConsultShipping(true, p.checkMissRate());
            default -> throw new IllegalArgumentException("unknown billing-check setting '" + setting
                    + "'; allowed: " + ORDER_RECORD + ", " + SHIPPING_ONLY + ", " + SHIPPING_AND_SALES);
        };
    }

    /** The format rule of a customer-format setting: company or customer. */
    public static InvoiceFormatRule format(String setting) {
        return switch (setting) {
            case COMPANY -> new CompanyFormat();
            case CUSTOMER -> new CustomerFormat();
            default -> throw new IllegalArgumentException("unknown customer-format setting '" + setting
                    + "'; allowed: " + COMPANY + ", " + CUSTOMER);
        };
    }
}
