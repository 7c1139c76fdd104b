package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * Promise tracking counts the installation at the customer when it judges whether an order will
 * be late. On {@code mechanisms/selection.yaml} junior staff promise the standard 2 days whatever
 * the product; the line is fast and transit takes half a day, so goods that need no installation
 * arrive in time and are never rescued (the scenario switches fulfilment on for promise tracking). With 36 working hours of assembly on site (1.5 calendar
 * days, the calendar is always open) the same orders would be done after their promise, so they
 * go by premium freight; the same customers and orders in both runs (common random numbers).
 */
class InstallationRescueTest {
    private static final Policy TRACKED = Policy.SILOED.with(Lever.PROMISE_TRACKING, true);

    private static ReplicationResult run(Map<String, String> extra) {
        Map<String, String> o = new HashMap<>(Map.of("products[0].ratePerHour", "1000"));
        o.putAll(extra);
        Scenario s = Runs.scenario("selection", o);
        // the scenario's steps stay off but fulfilment (step 7), whose promise tracking is tested
        return Simulation.replicate(s, Runs.policy(s, TRACKED, 7), Runs.SEED, 0);
    }

    @Test
    void anOrderWhoseInstallationWouldMissThePromiseIsRescued() {
        ReplicationResult plain = run(Map.of());
        ReplicationResult installed = run(Map.of("products[0].delivery", "onSite", "products[0].installTime", "36",
                "products[0].installSkills", "[fitter]", "departments.service", "[{id: fitter, technicians: 1000}]"));
        assertEquals(0, plain.value(Measure.PREMIUM_SHIPMENTS), "in time without installation: nothing rescued");
        assertTrue(installed.value(Measure.PREMIUM_SHIPMENTS) > 0.5 * installed.value(Measure.ORDERS_DELIVERED),
                installed.value(Measure.PREMIUM_SHIPMENTS) + " premium shipments for "
                        + installed.value(Measure.ORDERS_DELIVERED) + " orders");
    }
}
