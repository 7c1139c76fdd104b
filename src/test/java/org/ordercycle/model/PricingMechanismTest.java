package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;

/**
 * Step 3 on {@code mechanisms/pricing.yaml}: the agreed price is the pricing rule alone (no
 * special discount, no steering); the volume discount is 2% on every order; capacity pricing
 * gives 6% on an idle line and nothing on a line with more than 6 days of backlog.
 */
class PricingMechanismTest {
    private static final Policy CAPACITY_PRICING = Policy.SILOED.with(Lever.CAPACITY_PRICING, true);

    @Test
    void capacityPricingDiscountsIdleCapacity() {
        Scenario s = Runs.scenario("pricing");
        Product p = s.products().get(0);
        double volume = p.volumeDiscounts().get(0).discount();
        double idle = s.steps().pricing().idleDiscount();
        List<OrderRecord> orders = Runs.record(s, CAPACITY_PRICING).orders();
        assertFalse(orders.isEmpty());
        for (OrderRecord o : orders) {
            assertEquals(p.listPrice() * (1 - idle), o.agreedPrice(), 1e-9, "order " + o.id());
            assertTrue(o.agreedPrice() < o.listPrice() * (1 - volume), "below the price list");
        }
        for (OrderRecord o : Runs.record(s, Policy.SILOED).orders()) {
            assertEquals(p.listPrice() * (1 - volume), o.agreedPrice(), 1e-9, "list price less volume discount");
        }
    }

    @Test
    void capacityPricingGivesNoDiscountWhereCapacityIsScarce() {
        // one unit an hour, 8 hours a day, 90 units a day ordered: the backlog passes 6 days on the first day
        Scenario s = Runs.scenario("pricing", Map.of("products[0].ratePerHour", "1"));
        List<OrderRecord> late = Runs.record(s, CAPACITY_PRICING).orders().stream()
                .filter(o -> o.placedAt() >= s.warmupDays()).toList();
        assertTrue(late.size() > 50, late.size() + " orders");
        for (OrderRecord o : late) {
            assertEquals(o.listPrice(), o.agreedPrice(), 1e-9, "no discount, not even the volume discount: order " + o.id());
        }
    }
}
