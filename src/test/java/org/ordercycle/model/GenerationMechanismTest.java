package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.LEADS;
import static org.ordercycle.stats.Measure.LEADS_UNQUALIFIED;
import static org.ordercycle.stats.Measure.ORDERS_ENTERED;
import static org.ordercycle.stats.Measure.QUOTES_DECLINED;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * Step 2 on {@code mechanisms/generation.yaml}: half the leads are of 2 units, below sales'
 * threshold of 3; the other half of 10 units. About 560 leads are counted, so the share of
 * small leads has a binomial sd of about 0.021.
 */
class GenerationMechanismTest {
    private static final Map<String, String> SLOW_LINE = Map.of("products[0].ratePerHour", "0.5");
    private static final Map<String, String> STOCK_PRODUCT = Map.of("segments[0].productMix", "{MTS: 1}");

    @Test
    void siloedSalesDropsLeadsBelowTheSizeThreshold() {
        ReplicationResult r = Runs.run(Runs.scenario("generation"), Policy.SILOED);
        double leads = r.value(LEADS);
        assertTrue(r.value(LEADS_UNQUALIFIED) > 0);
        // P(size 2) = 1/2 (empirical sizes 2 and 10, equal weights); tolerance ~5 sd
        assertEquals(0.5, r.value(LEADS_UNQUALIFIED) / leads, 0.1);
        assertTrue(r.value(ORDERS_ENTERED) <= leads - r.value(LEADS_UNQUALIFIED));
    }

    @Test
    void capacityInfoPursuesSmallLeadsOnlyWhileTheLineIsIdle() {
        Policy capacityInfo = Policy.SILOED.with(Lever.CAPACITY_INFO, true);
        ReplicationResult siloed = Runs.run(Runs.scenario("generation"), Policy.SILOED);
        ReplicationResult idle = Runs.run(Runs.scenario("generation"), capacityInfo);
        // the line's backlog stays far below pricing.idleLoadDays: every small lead is pursued
        assertEquals(0, idle.value(LEADS_UNQUALIFIED));
        assertEquals(siloed.value(LEADS), idle.value(LEADS), "same customers under both policies");
        assertTrue(idle.value(ORDERS_ENTERED) > siloed.value(ORDERS_ENTERED) + 0.4 * siloed.value(LEADS_UNQUALIFIED));

        // a line at 0.5 units an hour is congested from the first day on: sales falls back on the size rule
        ReplicationResult busy = Runs.run(Runs.scenario("generation", SLOW_LINE), capacityInfo);
        assertTrue(busy.value(LEADS_UNQUALIFIED) >= 0.95 * siloed.value(LEADS_UNQUALIFIED),
                busy.value(LEADS_UNQUALIFIED) + " unqualified on a busy line vs " + siloed.value(LEADS_UNQUALIFIED));
    }

    @Test
    void stockInfoWinsCustomersWhoWantQuickDelivery() {
        Scenario s = Runs.scenario("generation", STOCK_PRODUCT);
        ReplicationResult siloed = Runs.run(s, Policy.SILOED);
        ReplicationResult stockInfo = Runs.run(s, Policy.SILOED.with(Lever.STOCK_INFO, true));
        double pursued = siloed.value(LEADS) - siloed.value(LEADS_UNQUALIFIED);
        // siloed quote: the standard 10 days for a 1-day request: acceptance exp(-2 (10/1 - 1 - 0.2)) ~ 2e-8
        assertTrue(siloed.value(QUOTES_DECLINED) >= 0.95 * pursued,
                siloed.value(QUOTES_DECLINED) + " declined of " + pursued);
        // with stock-info the quote is the shipping estimate (0.5 days) plus the promise buffer (0 in this
        // scenario), within the tolerance: all accept
        assertEquals(0, stockInfo.value(QUOTES_DECLINED));
        assertTrue(stockInfo.value(ORDERS_ENTERED) >= 0.95 * pursued);
        assertTrue(stockInfo.value(ORDERS_ENTERED) > 10 * Math.max(1, siloed.value(ORDERS_ENTERED)));
    }
}
