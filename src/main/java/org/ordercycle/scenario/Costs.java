package org.ordercycle.scenario;

/** Cost rates that belong to no single department, product or line. */
@Doc("Cost rates")
public record Costs(
        @Doc("Inventory holding cost per year, as a share of unit cost") @Default("0.25") @Range(min = 0) double holdingRatePerYear,
        @Doc("Cost of capital per year, charged on receivables (cash tied up)") @Default("0.08") @Range(min = 0)
        double capitalRatePerYear,
        @Doc("Administrative cost of issuing one credit note") @Default("25") @Range(min = 0) double creditNoteCost,
        @Doc("Invoice format the company uses when it imposes its own") @Default("paper") String companyInvoiceFormat) {
}
