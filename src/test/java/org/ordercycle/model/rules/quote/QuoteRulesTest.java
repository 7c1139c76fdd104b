package org.ordercycle.model.rules.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Both quote rules on hand-made views: standard lead time 20 days, shipping 2.5 days, buffer 1 day. */
class QuoteRulesTest {
    private static final QuoteRule STANDARD = new StandardLeadTime();
    private static final QuoteRule FROM_STOCK = new FromStock(1);

    @Test
    void standardQuotesThePriceListEvenWithGoodsInStock() {
        Quote q = STANDARD.decide(new QuoteView(true, 100, 10, 20, 2.5));
        assertEquals(20, q.leadTimeDays());
        assertNull(q.reason());
    }

    @Test
    void fromStockPromisesShippingPlusBufferWhenTheQuantityIsOnHand() {
        // 10 units on hand for 10 ordered: 2.5 days of shipping + 1 day buffer = 3.5
        Quote q = FROM_STOCK.decide(new QuoteView(true, 10, 10, 20, 2.5));
        assertEquals(3.5, q.leadTimeDays(), 1e-12);
        assertEquals("warehouse reports 10 units in stock: sales promises immediate delivery", q.reason().get());
        // 9 on hand for 10, or a make-to-order product: the standard 20 days
        assertEquals(20, FROM_STOCK.decide(new QuoteView(true, 9, 10, 20, 2.5)).leadTimeDays());
        assertEquals(20, FROM_STOCK.decide(new QuoteView(false, 100, 10, 20, 2.5)).leadTimeDays());
    }

    @Test
    void settingsMapToRules() {
        assertEquals(new StandardLeadTime(), QuoteRules.of(QuoteRules.STANDARD, new QuoteParams(1)));
        assertThrows(IllegalArgumentException.class, () -> QuoteRules.of("sometimes", new QuoteParams(1)));
    }
}
