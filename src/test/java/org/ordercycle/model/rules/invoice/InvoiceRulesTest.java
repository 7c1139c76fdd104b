package org.ordercycle.model.rules.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The invoice content and format rules on hand-made shipments; the arithmetic is in the comments. */
class InvoiceRulesTest {
    // a check misses 10 % of the time
    private static final InvoiceParams PARAMS = new InvoiceParams(0.1);
    // 30 of 100 ordered units leave; 20 were invoiced before; billing's draw 0.5 (the check works)
    private static final InvoiceView PARTIAL = new InvoiceView(30, 100, 20, 0.5);
    // the same shipment with draw 0.05 < 0.1: the check misses
    private static final InvoiceView MISSED = new InvoiceView(30, 100, 20, 0.05);

    @Test
    void theOrderRecordInvoicesEverythingNotYetInvoicedAtTheRecordedPrice() {
        // 100 ordered - 20 invoiced = 80 units, although only 30 leave
        InvoiceContent c = InvoiceRules.content(InvoiceRules.ORDER_RECORD, PARAMS).decide(PARTIAL);
        assertEquals(new InvoiceContent(80, false, false, false), c);
        assertEquals("invoice content from the order record: 80 units", c.reason());
    }

    @Test
    void shippingGivesTheQuantityAndOnlySalesTheAgreedPrice() {
        assertEquals(new InvoiceContent(30, true, true, false),
                InvoiceRules.content(InvoiceRules.SHIPPING_ONLY, PARAMS).decide(PARTIAL));
        InvoiceContent both = InvoiceRules.content(InvoiceRules.SHIPPING_AND_SALES, PARAMS).decide(PARTIAL);
        assertEquals(new InvoiceContent(30, true, true, true), both);
        assertEquals("invoice content from shipping (quantity) and sales (agreed price): 30 units", both.reason());
    }

    @Test
    void aMissedCheckFallsBackOnTheOrderRecordButStillCostsTheCheck() {
        // 100 - 20 = 80 units at the recorded price; consulted stays true (billing spent the time)
        assertEquals(new InvoiceContent(80, true, false, false),
                InvoiceRules.content(InvoiceRules.SHIPPING_AND_SALES, PARAMS).decide(MISSED));
        // the boundary: draw 0.1 is not below the miss rate 0.1, so the check works
        assertTrue(InvoiceRules.content("shipping-only", PARAMS).decide(new InvoiceView(30, 100, 20, 0.1)).checked());
    }

    @Test
    void theFormatRuleChoosesWhoseFormatTheInvoiceUses() {
        InvoiceFormatRule company = InvoiceRules.format(InvoiceRules.COMPANY);
        InvoiceFormatRule customer = InvoiceRules.format(InvoiceRules.CUSTOMER);
        assertEquals("pdf", company.format("edi", "pdf"));
        assertEquals("edi", customer.format("edi", "pdf"));
        assertFalse(company.adapts());
        assertTrue(customer.adapts());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InvoiceRules.content("sales-only", PARAMS));
        assertTrue(e.getMessage().contains("order-record, shipping-only, shipping-and-sales"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InvoiceRules.format("edi"));
    }
}
