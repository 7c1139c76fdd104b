package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;

/**
 * Capable-to-promise for a make-to-stock item on {@code mechanisms/stock-promise.yaml}: when
 * stock is short, executives promise the arrival of the next replenishment that covers the order
 * (after the backorders before it), plus the transit. Everything but the arrival times is
 * deterministic, so every promise must equal the delivery exactly: orders served from stock get
 * the transit (half a day), backordered ones the day their covering batch is done plus the transit.
 */
class StockPromiseTest {
    private static final Policy EXECUTIVES = Policy.SILOED.with(Lever.STRATEGIC_SELECTION, true);

    @Test
    void aBackorderedStockItemIsPromisedTheArrivalOfTheReplenishmentThatCoversIt() {
        Scenario s = Runs.scenario("stock-promise");
        double transit = 0.5;
        Runs.Recorded run = Runs.record(s, EXECUTIVES);
        List<OrderRecord> delivered = run.orders().stream().filter(o -> !Double.isNaN(o.deliveredAt())).toList();
        List<OrderRecord> waited = delivered.stream().filter(o -> o.promisedAt() - o.placedAt() > transit + 1e-6).toList();
        // the first batch (1400 units at 2 an hour) takes 29 days: nearly every order before it waits for it
        assertTrue(waited.size() > 100, waited.size() + " orders waited for stock");
        for (OrderRecord o : delivered) {
            assertEquals(o.deliveredAt(), o.promisedAt(), 1e-6, "order " + o.id() + " placed at day " + o.placedAt());
        }
        // the first batch is done at day 700 / 24: its orders are promised that day plus the transit
        double firstBatch = 1400 / 2.0 / 24;
        assertEquals(firstBatch + transit, waited.get(0).promisedAt(), 1e-6);
    }
}
