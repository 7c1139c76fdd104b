package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ORDERS_REJECTED;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;

/**
 * The two refusal rules of step 5 on {@code mechanisms/selection.yaml} (key accounts order 20
 * units, small businesses 2 or 10 with equal probability; a line that can make 200 of the 250
 * units a day asked for).
 */
class SelectionRulesTest {
    private static final Policy EXECUTIVES = Policy.SILOED.with(Lever.STRATEGIC_SELECTION, true);

    @Test
    void juniorStaffRefuseExactlyTheOrdersBelowTheirMinimumSize() {
        for (String threshold : List.of("0", "3", "10", "10.5")) {
            Scenario s = Runs.scenario("selection", Map.of("steps.selection.juniorMinSize", threshold));
            double min = s.steps().selection().juniorMinSize();
            List<OrderRecord> orders = Runs.record(s, Policy.SILOED).orders();
            assertTrue(orders.size() > 1000);
            for (OrderRecord o : orders) {
                assertEquals(o.quantity() < min, o.state().equals("rejected"),
                        "threshold " + threshold + ": order " + o.id() + " of " + o.quantity() + " units");
            }
        }
        // at a minimum of 3 units, the small businesses' 2-unit orders go: half of theirs
        // (binomial, n ~ 1200: sd 0.015; tolerance 0.06 is 4 sd)
        List<OrderRecord> small = Runs.record(Runs.scenario("selection"), Policy.SILOED).orders().stream()
                .filter(o -> o.segment().equals("small")).toList();
        double refused = small.stream().filter(o -> o.state().equals("rejected")).count() / (double) small.size();
        assertEquals(0.5, refused, 0.06);
    }

    @Test
    void executivesRefuseLowValueOrdersTheLineCannotMakeByTheQuotedDate() {
        // no backlog limit: refusals come only from capable-to-promise dates later than quoted
        Scenario noLimit = Runs.scenario("selection", Map.of("steps.selection.capacityLimitDays", "1000"));
        Runs.Recorded exec = Runs.record(noLimit, EXECUTIVES);
        List<OrderRecord> refused = exec.orders().stream().filter(o -> o.state().equals("rejected")).toList();
        assertTrue(refused.size() > 50, refused.size() + " refused on an overloaded line");
        for (OrderRecord o : refused) {
            assertEquals("small", o.segment(), "strategic value 2400 of key accounts is above 1000");
        }
        // with a line a hundred times faster every order is made by its quoted date: nothing is refused
        Scenario ample = Runs.scenario("selection", Map.of("steps.selection.capacityLimitDays", "1000",
                "products[0].ratePerHour", "1000"));
        assertEquals(0, Runs.run(ample, EXECUTIVES).value(ORDERS_REJECTED));
    }
}
