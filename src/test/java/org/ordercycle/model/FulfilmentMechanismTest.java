package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ON_TIME_RATE;
import static org.ordercycle.stats.Measure.PREMIUM_FREIGHT_COST;
import static org.ordercycle.stats.Measure.PREMIUM_SHIPMENTS;
import static org.ordercycle.stats.Measure.SHIPPING_COST;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Logistics;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;

/**
 * Step 7 on {@code mechanisms/fulfilment.yaml}: goods are ready the moment an order is accepted;
 * transit takes 1 to 3 days; RELAXED is promised in 5 days, TIGHT in 1.5 days. About 580
 * orders are shipped after the warm-up, half of them TIGHT.
 */
class FulfilmentMechanismTest {
    private final Scenario scenario = Runs.scenario("fulfilment");
    private final Logistics logistics = scenario.logistics();
    private final Runs.Recorded siloed = Runs.record(scenario, Policy.SILOED);
    private final Runs.Recorded tracked = Runs.record(scenario, Policy.SILOED.with(Lever.PROMISE_TRACKING, true));

    @Test
    void siloedDockHandOffsAddUnattendedTimeAndNobodyRescuesLateOrders() {
        // the wait for the next daily pick-up of goods ready at Poisson times: uniform on (0, 1) day,
        // mean pickupIntervalDays / 2, standard error ~0.012 over ~580 orders
        assertEquals(logistics.pickupIntervalDays() / 2, siloed.value(Runs.stepTime(Step.FULFILMENT, "unattended")), 0.05);
        assertEquals(0, siloed.value(PREMIUM_SHIPMENTS));
        List<OrderRecord> tight = delivered(siloed, "TIGHT");
        assertTrue(tight.size() > 100);
        // late unless pick-up wait W ~ U(0, 1) + transit T ~ tri(1, 2, 3) <= 1.5: P = int_0^0.5 x (0.5 - x) dx ~ 0.02
        long late = tight.stream().filter(o -> o.deliveredAt() > o.promisedAt()).count();
        assertTrue(late > 0.9 * tight.size(), late + " of " + tight.size() + " TIGHT orders late");
        assertTrue(siloed.value(ON_TIME_RATE) < 0.7);
    }

    @Test
    void promiseTrackingRescuesOrdersAtRiskButStillWaitsForThePickUp() {
        // tracking watches the promise; it does not move the carrier: the dock wait is the siloed one
        assertEquals(logistics.pickupIntervalDays() / 2, tracked.value(Runs.stepTime(Step.FULFILMENT, "unattended")), 0.05);
        double premium = tracked.value(PREMIUM_SHIPMENTS);
        assertTrue(premium > 0);
        assertEquals(premium * logistics.premiumShipmentCost(), tracked.value(PREMIUM_FREIGHT_COST), 1e-6);
        assertTrue(tracked.value(ON_TIME_RATE) > siloed.value(ON_TIME_RATE) + 0.1,
                "rescues by premium freight raise the on-time rate");
    }

    @Test
    void onDemandPickUpIsAPricedOptionAndWithTrackingKeepsEveryPromise() {
        double fee = 30;
        Scenario onDemand = Runs.scenario("fulfilment", java.util.Map.of("logistics.onDemandPickup", "true",
                "logistics.onDemandPickupCost", "30"));
        Runs.Recorded plain = Runs.record(onDemand, Policy.SILOED);
        assertEquals(0.0, plain.value(Runs.stepTime(Step.FULFILMENT, "unattended")));
        assertEquals(0, plain.value(PREMIUM_SHIPMENTS));
        double shipments = plain.value(SHIPPING_COST) / (logistics.shipmentCost() + fee);
        assertEquals(Math.rint(shipments), shipments, 1e-6, "every shipment pays the carrier and the pick-up fee");
        assertTrue(shipments > 500);

        Runs.Recorded both = Runs.record(onDemand, Policy.SILOED.with(Lever.PROMISE_TRACKING, true));
        double premium = both.value(PREMIUM_SHIPMENTS);
        assertEquals(premium * logistics.premiumShipmentCost(), both.value(PREMIUM_FREIGHT_COST), 1e-6);
        // shipping = standard x 80 + (standard + premium) x fee
        double standard = (both.value(SHIPPING_COST) - premium * fee) / (logistics.shipmentCost() + fee);
        // only TIGHT orders are at risk (now + mean transit 2 > promise 1.5): about half the shipments,
        // binomial sd ~0.02
        assertEquals(0.5, premium / (premium + standard), 0.08);
        for (OrderRecord o : delivered(both, "TIGHT")) {
            assertTrue(o.deliveredAt() <= o.promisedAt() + 1e-9, "premium transit <= 1.5 days: order " + o.id());
        }
        assertEquals(1.0, both.value(ON_TIME_RATE), 1e-12);
    }

    private static List<OrderRecord> delivered(Runs.Recorded run, String product) {
        return run.orders().stream().filter(o -> o.product().equals(product) && !Double.isNaN(o.deliveredAt())).toList();
    }
}
