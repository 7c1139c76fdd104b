package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ERROR_ENTRY_RATE;
import static org.ordercycle.stats.Measure.ORDERS_DELIVERED;

import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;

/**
 * Step 4 on {@code mechanisms/entry.yaml}: about 1,200 Poisson orders on a 24/7 calendar go
 * straight to order entry; the siloed inbox is collected every day; keying error rates are 0.2
 * (re-keyed) and 0.02 (shared record).
 */
class EntryMechanismTest {
    private final Scenario scenario = Runs.scenario("entry");
    private final Runs.Recorded siloed = Runs.record(scenario, Policy.SILOED);
    private final Runs.Recorded shared = Runs.record(scenario, Policy.SILOED.with(Lever.SHARED_ENTRY, true));

    @Test
    void siloedOrdersWaitUnattendedInTheInbox() {
        String unattended = Runs.stepTime(Step.ENTRY, "unattended");
        assertTrue(siloed.value(ORDERS_DELIVERED) > 500);
        // the wait until the next daily collection of a Poisson arrival is uniform on (0, 1) day:
        // mean inboxIntervalDays / 2 = 0.5, sd 0.29, standard error ~0.008 over 1,200 orders
        assertEquals(scenario.steps().entry().inboxIntervalDays() / 2, siloed.value(unattended), 0.05);
        assertEquals(0.0, shared.value(unattended), "a shared record is handed over at once");
        for (OrderRecord o : shared.orders()) {
            assertEquals(0.0, o.stepUnattended()[Step.ENTRY.ordinal()], "order " + o.id());
        }
    }

    @Test
    void sharedEntryMakesFewerKeyingErrors() {
        var entry = scenario.steps().entry();
        // each invoice is the order's first (disputes take 1000 days): the rate estimates the keying error
        // probability, binomial sd sqrt(0.2 x 0.8 / 1200) ~ 0.012 siloed and ~0.004 shared
        assertEquals(entry.rekeyErrorRate(), siloed.value(ERROR_ENTRY_RATE), 0.04);
        assertEquals(entry.sharedErrorRate(), shared.value(ERROR_ENTRY_RATE), 0.015);
        assertTrue(shared.value(ERROR_ENTRY_RATE) < siloed.value(ERROR_ENTRY_RATE));
        long siloedErrors = siloed.orders().stream().filter(o -> o.invoiceErrors().contains("entry")).count();
        long sharedErrors = shared.orders().stream().filter(o -> o.invoiceErrors().contains("entry")).count();
        assertTrue(sharedErrors * 3 < siloedErrors, sharedErrors + " vs " + siloedErrors + " orders with a keying error");
    }
}
