package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ERROR_FORMAT_RATE;
import static org.ordercycle.stats.Measure.ERROR_PRICE_RATE;
import static org.ordercycle.stats.Measure.ERROR_QUANTITY_RATE;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.TraceEvent;

/**
 * Step 8 on {@code mechanisms/billing.yaml}: stock runs out on the first day, so some first
 * shipments are partial; half the orders carry a 10% special discount; segment "edi" insists on
 * EDI invoices while the company bills on paper. Records show the FIRST invoice of each order.
 */
class BillingMechanismTest {
    private static final Pattern SHIPPED = Pattern.compile("^(\\d+) units shipped");
    private static final Policy BILLING_CHECK = Policy.SILOED.with(Lever.BILLING_CHECK, true);

    private final Scenario scenario = Runs.scenario("billing");
    private final Runs.Recorded siloed = Runs.record(scenario, Policy.SILOED);

    @Test
    void siloedBillingInvoicesTheOrderedQuantityOfAPartialShipment() {
        OrderRecord partial = firstWithError(siloed, "quantity");
        Runs.Recorded traced = Runs.record(scenario, Policy.SILOED, partial.id());
        OrderRecord again = traced.order(partial.id());
        assertEquals(partial.invoiceErrors(), again.invoiceErrors(), "tracing changes nothing");
        assertEquals(partial.invoicedQuantity(), again.invoicedQuantity());
        int firstShipment = firstShipmentUnits(traced.trace());
        assertTrue(firstShipment > 0 && firstShipment < partial.quantity(),
                "first shipment of " + firstShipment + " of " + partial.quantity() + " units is partial");
        assertEquals(partial.quantity(), partial.invoicedQuantity(), "billed for goods not received");
        assertTrue(partial.invoiceErrors().contains("quantity"));
        assertTrue(siloed.value(ERROR_QUANTITY_RATE) > 0);

        // billing-check consults shipping: the same order (same customer, same stock) is billed what was shipped
        Runs.Recorded checked = Runs.record(scenario, BILLING_CHECK, partial.id());
        assertEquals(firstShipment, firstShipmentUnits(checked.trace()), "billing does not change fulfilment");
        OrderRecord same = checked.order(partial.id());
        assertEquals(firstShipment, same.invoicedQuantity(), 0.0);
        assertFalse(same.invoiceErrors().contains("quantity"), same.invoiceErrors());
    }

    @Test
    void siloedBillingInvoicesTheListPriceWhereADiscountWasAgreed() {
        List<OrderRecord> invoiced = invoiced(siloed);
        List<OrderRecord> discounted = invoiced.stream().filter(o -> o.agreedPrice() < o.listPrice() - 1e-9).toList();
        assertFalse(discounted.isEmpty());
        for (OrderRecord o : discounted) {
            // no volume discount and no keying error in this scenario: the order record shows the list price
            assertEquals(o.listPrice(), o.invoicedPrice(), 1e-9, "order " + o.id());
            assertTrue(o.invoicedPrice() > o.agreedPrice());
            assertTrue(o.invoiceErrors().contains("price"), o.invoiceErrors());
        }
        invoiced.stream().filter(o -> o.agreedPrice() == o.listPrice())
                .forEach(o -> assertFalse(o.invoiceErrors().contains("price"), "order " + o.id()));
        assertTrue(siloed.value(ERROR_PRICE_RATE) > 0);
    }

    @Test
    void billingCheckInvoicesWhatWasShippedAtTheAgreedPrice() {
        Runs.Recorded checked = Runs.record(scenario, BILLING_CHECK);
        List<OrderRecord> invoiced = invoiced(checked);
        assertTrue(invoiced.size() > 20);
        for (OrderRecord o : invoiced) {
            assertEquals(o.agreedPrice(), o.invoicedPrice(), 1e-9, "order " + o.id());
            assertTrue(o.invoicedQuantity() <= o.quantity());
            assertFalse(o.invoiceErrors().contains("price") || o.invoiceErrors().contains("quantity"),
                    "order " + o.id() + ": " + o.invoiceErrors());
        }
        // checkMissRate is 0 in this scenario: no error slips through
        assertEquals(0.0, checked.value(ERROR_QUANTITY_RATE));
        assertEquals(0.0, checked.value(ERROR_PRICE_RATE));
        assertTrue(invoiced.stream().anyMatch(o -> o.invoicedQuantity() < o.quantity()), "a partial first invoice");
    }

    /**
     * shipping-only: billing asks shipping, not sales. Same customers and shipments as siloed;
     * each invoice is for the units shipped (no quantity error) but at the recorded price, so an
     * order whose agreed discount was lost in re-keying is still billed the list price.
     */
    @Test
    void shippingOnlyFixesQuantitiesButKeepsTheRecordedPrice() {
        Policy shippingOnly = Policy.SILOED.with(Lever.BILLING_CHECK, Lever.BILLING_CHECK.settingNamed("shipping-only"));
        Runs.Recorded checked = Runs.record(scenario, shippingOnly);
        List<OrderRecord> invoiced = invoiced(checked);
        assertTrue(invoiced.size() > 20);
        for (OrderRecord o : invoiced) {
            assertTrue(o.invoicedQuantity() <= o.quantity());
            assertFalse(o.invoiceErrors().contains("quantity"), "order " + o.id() + ": " + o.invoiceErrors());
            // no keying error or volume discount in this scenario: the record's price is the list price
            assertEquals(o.listPrice(), o.invoicedPrice(), 1e-9, "order " + o.id());
            assertEquals(o.agreedPrice() < o.listPrice() - 1e-9, o.invoiceErrors().contains("price"), "order " + o.id());
        }
        assertEquals(0.0, checked.value(ERROR_QUANTITY_RATE), "checkMissRate is 0: every quantity comes from shipping");
        // the same orders (common random numbers) carry the same price errors as under siloed billing
        for (OrderRecord o : invoiced) {
            invoiced(siloed).stream().filter(x -> x.id() == o.id()).findFirst()
                    .ifPresent(x -> assertEquals(x.invoiceErrors().contains("price"), o.invoiceErrors().contains("price"),
                            "order " + o.id()));
        }
        assertTrue(checked.value(ERROR_PRICE_RATE) > 0);
        assertTrue(invoiced.stream().anyMatch(o -> o.invoicedQuantity() < o.quantity()), "a partial first invoice");
    }

    @Test
    void companyFormatFailsStrictCustomersAndCustomerFormatFixesIt() {
        for (OrderRecord o : invoiced(siloed)) {
            assertEquals(o.segment().equals("edi"), o.invoiceErrors().contains("format"),
                    "order " + o.id() + " of " + o.segment() + ": " + o.invoiceErrors());
        }
        assertTrue(siloed.value(ERROR_FORMAT_RATE) > 0.3, "about half the invoices are for edi");
        Runs.Recorded customer = Runs.record(scenario, Policy.SILOED.with(Lever.CUSTOMER_FORMAT, true));
        assertFalse(invoiced(customer).isEmpty());
        assertTrue(customer.orders().stream().noneMatch(o -> o.invoiceErrors().contains("format")));
        assertEquals(0.0, customer.value(ERROR_FORMAT_RATE));
    }

    @Test
    void formatErrorsOnlyForStrictCustomers() {
        Scenario lenient = Runs.scenario("billing", java.util.Map.of("segments[0].formatStrictShare", "0"));
        Runs.Recorded r = Runs.record(lenient, Policy.SILOED);
        assertFalse(invoiced(r).isEmpty());
        assertTrue(r.orders().stream().noneMatch(o -> o.invoiceErrors().contains("format")));
    }

    private static List<OrderRecord> invoiced(Runs.Recorded run) {
        return run.orders().stream().filter(o -> o.invoicedQuantity() > 0).toList();
    }

    private static OrderRecord firstWithError(Runs.Recorded run, String kind) {
        return run.orders().stream().filter(o -> o.invoiceErrors().contains(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no invoice with a " + kind + " error"));
    }

    /** Units of the order's first shipment, read from its trace ("N units shipped ..."). */
    private static int firstShipmentUnits(List<TraceEvent> trace) {
        for (TraceEvent e : trace) {
            Matcher m = SHIPPED.matcher(e.detail());
            if (e.step().equals(Step.FULFILMENT.label()) && m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no shipment in the trace " + trace);
    }
}
