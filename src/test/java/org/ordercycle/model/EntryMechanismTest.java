package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.ERROR_ENTRY_RATE;
import static org.ordercycle.stats.Measure.ORDERS_DELIVERED;
import static org.ordercycle.stats.Measure.ORDERS_ENTERED;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.stats.Overload;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.ReplicationResult;

/**
 * Step 4 on {@code mechanisms/entry.yaml}: about 1,200 Poisson orders on a 24/7 calendar go
 * straight to order entry; the siloed inbox is collected every day; every keying errs with
 * probability p = 0.1; re-keyed, sales, order entry and billing each key the order (k = 3), a
 * shared record is keyed once.
 */
class EntryMechanismTest {
    private static final Policy SHARED = Policy.SILOED.with(Lever.SHARED_ENTRY, true);

    private final Scenario scenario = Runs.scenario("entry");
    private final Runs.Recorded siloed = Runs.record(scenario, Policy.SILOED);
    private final Runs.Recorded shared = Runs.record(scenario, SHARED);

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
    void errorsGrowWithTheNumberOfKeyings() {
        double p = scenario.steps().entry().errorPerKeying();
        double previous = 0;
        for (int k = 1; k <= 3; k++) {
            Scenario s = Runs.scenario("entry", Map.of("steps.entry.keyingsWhenRekeyed", Integer.toString(k)));
            ReplicationResult r = Runs.run(s, Policy.SILOED);
            // each invoice is the order's first (disputes take 1000 days): the rate estimates the share of
            // orders with at least one of k independent keying errors, 1 - (1 - p)^k; binomial tolerance 4 sd
            double expected = 1 - Math.pow(1 - p, k);
            double n = r.value(ORDERS_DELIVERED);
            double tolerance = 4 * Math.sqrt(expected * (1 - expected) / n);
            assertEquals(expected, r.value(ERROR_ENTRY_RATE), tolerance, k + " keyings");
            assertTrue(r.value(ERROR_ENTRY_RATE) > previous, "more keyings, more errors (" + k + ")");
            previous = r.value(ERROR_ENTRY_RATE);
        }
        // a shared record is keyed once, whatever the number of records the siloed departments keep
        double n = shared.value(ORDERS_DELIVERED);
        assertEquals(p, shared.value(ERROR_ENTRY_RATE), 4 * Math.sqrt(p * (1 - p) / n));
        long siloedErrors = siloed.orders().stream().filter(o -> o.invoiceErrors().contains("entry")).count();
        long sharedErrors = shared.orders().stream().filter(o -> o.invoiceErrors().contains("entry")).count();
        assertTrue(sharedErrors * 2 < siloedErrors, sharedErrors + " vs " + siloedErrors + " orders with a keying error");
    }

    @Test
    void theSameErrorRateGivesNoDifferenceWithOneKeying() {
        // re-keyed with a single keying is the shared record's process as far as errors go: the same
        // uniform decides the same order's error under both, so the counts agree but for orders the
        // inbox wait moves across the end of the run
        Scenario one = Runs.scenario("entry", Map.of("steps.entry.keyingsWhenRekeyed", "1"));
        double rekeyed = Runs.run(one, Policy.SILOED).value(ERROR_ENTRY_RATE);
        assertEquals(Runs.run(one, SHARED).value(ERROR_ENTRY_RATE), rekeyed, 0.01);
    }

    @Test
    void everyReKeyingTakesStaffTime() {
        // entry.yaml: 20 staff at order entry and at billing, round the clock, 38 measured days. Paid
        // shifts cost the same however busy the staff are, so the re-keying shows as staff time:
        // re-keyed, order entry (typing sales' form) and billing (its own record) each spend an
        // exponential(10 minutes) on every order, 2 x 10 / 1440 staff-days per order more than with
        // the shared record. Over ~1,100 orders the sum has a relative sd of about 3%: tolerance 10%
        double staffDays = 20 * 38.0;
        double extraBusy = (busy(siloed, "order-entry") - busy(shared, "order-entry")
                + busy(siloed, "billing") - busy(shared, "billing")) * staffDays;
        double expected = 2 * siloed.value(ORDERS_ENTERED) * 10.0 / 1440;
        assertEquals(expected, extraBusy, 0.1 * expected);
    }

    private static double busy(Runs.Recorded run, String department) {
        return run.value(Overload.departmentKey(department, Overload.UTILISATION));
    }
}
