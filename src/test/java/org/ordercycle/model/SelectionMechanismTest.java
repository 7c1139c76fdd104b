package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ON_TIME_RATE;
import static org.ordercycle.stats.Measure.ORDERS_REJECTED;
import static org.ordercycle.stats.Measure.PROMISED_LEAD_TIME_MEAN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.ReplicationResult;

/**
 * Step 5 on {@code mechanisms/selection.yaml}: a line that can make 200 units a day is offered
 * 250 (key accounts: 100 a day, strategic value 2400 per order; small businesses: 150 a day in
 * orders of 2 or 10 units, value at most 400). Junior staff refuse orders below 3 units only.
 */
class SelectionMechanismTest {
    private static final Policy EXECUTIVES = Policy.SILOED.with(Lever.STRATEGIC_SELECTION, true);

    private final Scenario overloaded = Runs.scenario("selection");
    private final double juniorMinSize = overloaded.steps().selection().juniorMinSize();
    private final double standard = overloaded.products().get(0).standardLeadTimeDays();

    @Test
    void juniorStaffAcceptBySizeAndPromiseTheStandardDateWhateverTheLoad() {
        Runs.Recorded junior = Runs.record(overloaded, Policy.SILOED);
        assertFalse(junior.orders().isEmpty());
        for (OrderRecord o : junior.orders()) {
            boolean rejected = o.state().equals("rejected");
            assertEquals(o.quantity() < juniorMinSize, rejected, "order " + o.id() + " of " + o.quantity() + " units");
            if (!rejected) {
                assertEquals(standard, o.promisedAt() - o.placedAt(), 1e-9, "standard promise for order " + o.id());
            }
        }
        // the backlog grows by ~20 units a day after the size rule: most promises are missed
        assertTrue(junior.value(ON_TIME_RATE) < 0.5, "on-time rate " + junior.value(ON_TIME_RATE));
        assertEquals(standard, junior.value(PROMISED_LEAD_TIME_MEAN), 1e-9);
    }

    @Test
    void executivesRefuseLowValueOrdersWhenTheLineIsOverloadedAndPromiseLater() {
        ReplicationResult junior = Runs.run(overloaded, Policy.SILOED);
        Runs.Recorded exec = Runs.record(overloaded, EXECUTIVES);
        assertEquals(0, exec.result().value(ORDERS_REJECTED, "key"), "key accounts are never refused");
        List<OrderRecord> refusedBig = exec.orders().stream()
                .filter(o -> o.state().equals("rejected") && o.quantity() >= juniorMinSize).toList();
        assertFalse(refusedBig.isEmpty(), "executives refuse orders junior staff would take");
        for (OrderRecord o : refusedBig) {
            assertEquals("small", o.segment());
        }
        // capable-to-promise dates: never earlier than the standard promise; a low-value order the line
        // cannot make by then is refused, so only key accounts may be promised a later date
        for (OrderRecord o : exec.orders()) {
            if (!Double.isNaN(o.promisedAt())) {
                double promised = o.promisedAt() - o.placedAt();
                assertTrue(promised >= standard - 1e-9, "order " + o.id());
                assertTrue(promised <= standard + 1e-9 || o.segment().equals("key"), "order " + o.id() + " of " + o.segment());
            }
        }
        assertTrue(exec.value(PROMISED_LEAD_TIME_MEAN) >= standard - 1e-9);
        // and kept
        assertTrue(exec.value(ON_TIME_RATE) > 0.9, "on-time rate " + exec.value(ON_TIME_RATE));
        assertTrue(exec.value(ON_TIME_RATE) > junior.value(ON_TIME_RATE) + 0.4);
    }

    /**
     * senior-capacity on the overloaded line: the junior size rule, then the line's
     * capable-to-promise date. Same customers as under junior staff (common random numbers): where
     * the backlog is longer than the customer's requested lead time the order is refused, where
     * juniors accept it; the others are promised later than the standard date as the load grows.
     */
    @Test
    void seniorStaffAcceptBySizePromiseByLoadAndRefuseWhatTheLineCannotMake() {
        Policy senior = Policy.SILOED.with(Lever.STRATEGIC_SELECTION,
                Lever.STRATEGIC_SELECTION.settingNamed("senior-capacity"));
        Runs.Recorded junior = Runs.record(overloaded, Policy.SILOED);
        Runs.Recorded seniors = Runs.record(overloaded, senior);
        for (OrderRecord o : seniors.orders()) {
            if (o.quantity() < juniorMinSize) {
                assertEquals("rejected", o.state(), "the junior size rule still applies to order " + o.id());
            } else if (!o.state().equals("rejected")) {
                assertTrue(o.promisedAt() - o.placedAt() >= standard - 1e-9, "never earlier than quoted: " + o.id());
            }
        }
        Map<Long, OrderRecord> byId = new java.util.HashMap<>();
        junior.orders().forEach(o -> byId.put(o.id(), o));
        List<OrderRecord> refusedBig = seniors.orders().stream()
                .filter(o -> o.state().equals("rejected") && o.quantity() >= juniorMinSize).toList();
        assertFalse(refusedBig.isEmpty(), "senior staff refuse orders the line cannot make in time");
        assertTrue(refusedBig.stream().anyMatch(o -> byId.containsKey(o.id()) && !byId.get(o.id()).state()
                .equals("rejected")), "orders junior staff accepted");
        // key accounts too: senior staff see capacity, not strategy (executives never refuse them)
        assertTrue(refusedBig.stream().anyMatch(o -> o.segment().equals("key")));
        assertTrue(seniors.value(ON_TIME_RATE) > junior.value(ON_TIME_RATE) + 0.2,
                "promises that the line can keep: " + seniors.value(ON_TIME_RATE) + " vs " + junior.value(ON_TIME_RATE));

        // customers who accept 6 days (the standard is 2): the load now shows in later promises
        Scenario patient = Runs.scenario("selection", Map.of("segments[0].requestedLeadTime", "6",
                "segments[1].requestedLeadTime", "6"));
        Runs.Recorded patientJunior = Runs.record(patient, Policy.SILOED);
        Runs.Recorded patientSenior = Runs.record(patient, senior);
        assertTrue(patientSenior.orders().stream().anyMatch(o -> o.promisedAt() - o.placedAt() > standard + 0.5),
                "a later, capable-to-promise date under load");
        assertEquals(standard, patientJunior.value(PROMISED_LEAD_TIME_MEAN), 1e-9, "juniors promise the standard date");
        assertTrue(patientSenior.value(PROMISED_LEAD_TIME_MEAN) > standard + 0.5,
                "mean promise " + patientSenior.value(PROMISED_LEAD_TIME_MEAN));
        for (OrderRecord o : patientSenior.orders()) {
            if (!o.state().equals("rejected")) {
                assertTrue(o.promisedAt() - o.placedAt() <= 6 + 1e-9, "within the customer's 6 days: " + o.id());
            }
        }
    }

    @Test
    void executivesRefuseNothingWhenCapacityIsAmple() {
        // a hundred times faster line: the backlog never reaches capacityLimitDays
        Scenario ample = Runs.scenario("selection", Map.of("products[0].ratePerHour", "1000"));
        ReplicationResult exec = Runs.run(ample, EXECUTIVES);
        assertEquals(0, exec.value(ORDERS_REJECTED));
        assertEquals(1.0, exec.value(ON_TIME_RATE), 1e-12);
    }
}
