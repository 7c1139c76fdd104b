package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.RunResult;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.Setting;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.ReplicationResult;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.TraceEvent;

/**
 * Reproducibility (model.md): the same scenario, policy and seed give the same numbers, bit for
 * bit, whatever the number of threads; replications and policies share their random numbers.
 * Runs on {@code mechanisms/invariants.yaml}, where every step is on.
 */
class DeterminismTest {
    private static final Path SCENARIO = Path.of("src/test/resources/scenarios/mechanisms/invariants.yaml");
    private static final long SEED = 987_654_321L;

    private static Scenario scenario(Map<String, String> overrides) throws Exception {
        return ScenarioLoader.load(SCENARIO, overrides);
    }

    /**
     * A replication's values, periods, one order's trace, and a digest of every order record: those
     * that ended during the run in the order they were reported, those still in progress at the end
     * sorted by id (see {@link #endOfRunRecordsComeInAReproducibleOrder}); {@code reported} keeps the
     * raw order of all reports.
     */
    private record Outcome(Map<String, Double> values, List<?> periods, List<String> ended, List<String> inProgress,
                           List<TraceEvent> trace, List<String> reported) {
        /** Everything but the raw order of the end-of-run reports. */
        void assertSame(Outcome other, String what) {
            assertEquals(values, other.values, what + ": values bit for bit (Double.equals compares bits)");
            assertEquals(ended, other.ended, what + ": records of orders that ended, in order");
            assertEquals(inProgress, other.inProgress, what + ": records of orders in progress");
            assertEquals(periods, other.periods, what + ": planning periods");
            assertEquals(trace, other.trace, what + ": trace");
        }
    }

    private static Outcome outcome(Scenario s, Policy p, long seed, int replication) {
        List<String> orders = new ArrayList<>();
        List<TraceEvent> trace = new ArrayList<>();
        ReplicationResult r = Simulation.replicate(s, p, seed, replication, new RunListener() {
            @Override
            public void orderFinished(OrderRecord o) {
                orders.add(digest(o));
            }

            @Override
            public void trace(long orderId, TraceEvent event) {
                trace.add(event);
            }

            @Override
            public long tracedOrder() {
                return 5;
            }
        });
        List<String> ended = orders.stream().filter(d -> !d.endsWith("|in_progress")).toList();
        List<String> inProgress = orders.stream().filter(d -> d.endsWith("|in_progress"))
                .sorted(java.util.Comparator.comparingLong(d -> Long.parseLong(d.substring(0, d.indexOf('|'))))).toList();
        return new Outcome(r.values(), r.periods(), ended, inProgress, trace, List.copyOf(orders));
    }

    /** Every field of a record, doubles by their bits. */
    static String digest(OrderRecord o) {
        return String.join("|", String.valueOf(o.id()), o.segment(), o.product(), String.valueOf(o.quantity()),
                bits(o.listPrice()), bits(o.agreedPrice()), bits(o.invoicedQuantity()), bits(o.invoicedPrice()),
                o.invoiceErrors(), bits(o.placedAt()), bits(o.promisedAt()), bits(o.deliveredAt()), bits(o.paidAt()),
                bits(o.stepQueue()), bits(o.stepProcessing()), bits(o.stepUnattended()), bits(o.unattended()), o.state());
    }

    private static String bits(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }

    private static String bits(double[] v) {
        return Arrays.stream(v).mapToObj(DeterminismTest::bits).toList().toString();
    }

    @Test
    void sameInputsGiveIdenticalValuesAndOrders() throws Exception {
        Scenario s = scenario(Map.of());
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            Outcome a = outcome(s, p, SEED, 0);
            Outcome b = outcome(s, p, SEED, 0);
            a.assertSame(b, p.name());
            assertTrue(a.ended().size() > 50 && a.inProgress().size() > 50, a.ended().size() + " ended, "
                    + a.inProgress().size() + " in progress");
            assertEquals(a.reported().size(), a.ended().size() + a.inProgress().size());
            assertTrue(!a.trace().isEmpty(), "order 5 is traced");
        }
    }

    @Test
    void endOfRunRecordsComeInAReproducibleOrder() throws Exception {
        Scenario s = scenario(Map.of());
        assertEquals(outcome(s, Policy.SILOED, SEED, 0).reported(), outcome(s, Policy.SILOED, SEED, 0).reported());
    }

    @Test
    void aReloadedScenarioGivesTheSameNumbers() throws Exception {
        outcome(scenario(Map.of()), Policy.JOINT, SEED, 0).assertSame(outcome(scenario(Map.of()), Policy.JOINT, SEED, 0),
                "reloaded");
    }

    @Test
    void otherSeedsAndReplicationsGiveOtherNumbers() throws Exception {
        Scenario s = scenario(Map.of());
        Map<String, Double> base = outcome(s, Policy.SILOED, SEED, 0).values();
        assertNotEquals(base, outcome(s, Policy.SILOED, SEED + 1, 0).values(), "another seed");
        assertNotEquals(base, outcome(s, Policy.SILOED, SEED, 1).values(), "replication 1");
        assertNotEquals(base.get("leads"), outcome(s, Policy.SILOED, SEED + 1, 0).values().get("leads"));
    }

    @Test
    void oneOrTwoThreadsGiveTheSameRun() throws Exception {
        Scenario s = scenario(Map.of());
        RunResult one = Simulation.run(s, Policy.JOINT, SEED, 4, 1);
        RunResult two = Simulation.run(s, Policy.JOINT, SEED, 4, 2);
        assertEquals(4, two.replications().size());
        for (int r = 0; r < 4; r++) {
            assertEquals(r, two.replications().get(r).replication(), "replication order");
            assertEquals(one.replications().get(r).values(), two.replications().get(r).values(), "replication " + r);
            assertEquals(one.replications().get(r).periods(), two.replications().get(r).periods());
            assertEquals(one.replications().get(r).values(), Simulation.replicate(s, Policy.JOINT, SEED, r).values(),
                    "run = independent replications");
        }
        assertNotEquals(one.replications().get(0).values(), one.replications().get(1).values());
    }

    @Test
    void replicationsRunSideBySideFromScratchAgreeWithSequentialOnes() throws Exception {
        Scenario a = scenario(Map.of());
        Scenario b = scenario(Map.of("segments[0].leadsPerDay", "6", "steps.returns.refundTime",
                "{dist: gamma, mean: 3, sd: 2}"));
        // two threads, started together: the same replication twice, then two different scenarios at once
        List<Outcome> together = parallel(List.of(() -> outcome(a, Policy.SILOED, SEED, 2),
                () -> outcome(a, Policy.SILOED, SEED, 2)));
        Outcome alone = outcome(a, Policy.SILOED, SEED, 2);
        alone.assertSame(together.get(0), "first thread");
        alone.assertSame(together.get(1), "second thread");
        List<Outcome> mixed = parallel(List.of(() -> outcome(a, Policy.JOINT, SEED, 0),
                () -> outcome(b, Policy.SILOED, SEED + 5, 1)));
        outcome(a, Policy.JOINT, SEED, 0).assertSame(mixed.get(0), "scenario a beside b");
        outcome(b, Policy.SILOED, SEED + 5, 1).assertSame(mixed.get(1), "scenario b beside a");
    }

    private static List<Outcome> parallel(List<java.util.concurrent.Callable<Outcome>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CyclicBarrier start = new CyclicBarrier(tasks.size());
            List<Future<Outcome>> futures = new ArrayList<>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void policiesFaceTheSameCustomers() throws Exception {
        // without service, leads depend on the lead streams only, never on the policy
        Scenario noService = scenario(Map.of());
        Setting off = Lever.SERVICE_LINK.stepOff();
        for (int r = 0; r < 2; r++) {
            ReplicationResult siloed = Simulation.replicate(noService, Policy.SILOED.with(Lever.SERVICE_LINK, off), SEED, r);
            ReplicationResult joint = Simulation.replicate(noService, Policy.JOINT.with(Lever.SERVICE_LINK, off), SEED, r);
            assertEquals(siloed.value(Measure.LEADS), joint.value(Measure.LEADS), "replication " + r);
            for (var seg : noService.segments()) {
                assertEquals(siloed.value(Measure.LEADS, seg.id()), joint.value(Measure.LEADS, seg.id()), seg.id());
            }
        }
        // with service, only service-link adds leads
        Scenario withService = scenario(Map.of());
        double siloedLeads = Simulation.replicate(withService, Policy.SILOED, SEED, 0).value(Measure.LEADS);
        double jointNoLink = Simulation.replicate(withService, Policy.JOINT.with(Lever.SERVICE_LINK, false), SEED, 0)
                .value(Measure.LEADS);
        double joint = Simulation.replicate(withService, Policy.JOINT, SEED, 0).value(Measure.LEADS);
        assertEquals(siloedLeads, jointNoLink);
        assertTrue(joint >= siloedLeads);
    }
}
