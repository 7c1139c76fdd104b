package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.TraceEvent;

/**
 * Order ids name customers, not positions in a policy's sequence of events: lead n of segment i
 * is order n x segments + i under every policy, and leads passed on by service visits (which only
 * service-link creates) are numbered apart, above all of them.
 */
class OrderIdTest {
    @Test
    void theSameIdNamesTheSameCustomerUnderSiloedAndJoint() throws Exception {
        // the shipped baseline, shortened: three segments, and joint passes service leads on
        Scenario baseline = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), Map.of("horizonDays", "90"));
        Runs.Recorded siloed = Runs.record(baseline, Policy.SILOED);
        Runs.Recorded joint = Runs.record(baseline, Policy.JOINT);
        Map<Long, OrderRecord> siloedById = siloed.orders().stream()
                .collect(Collectors.toMap(OrderRecord::id, Function.identity()));
        List<OrderRecord> common = joint.orders().stream().filter(o -> siloedById.containsKey(o.id())).toList();
        assertTrue(common.size() > siloed.orders().size() / 2, common.size() + " orders placed under both");
        int segments = baseline.segments().size();
        for (OrderRecord o : common) {
            OrderRecord s = siloedById.get(o.id());
            assertEquals(s.segment(), o.segment(), "segment of order " + o.id());
            assertEquals(s.quantity(), o.quantity(), "quantity of order " + o.id());
            assertEquals(baseline.segments().get((int) (o.id() % segments)).id(), o.segment(), "order " + o.id());
        }
        // the lead itself: the same arrival moment and the same request, for orders across the run
        for (OrderRecord o : List.of(common.get(0), common.get(common.size() / 2), common.get(common.size() - 1))) {
            TraceEvent a = Runs.record(baseline, Policy.SILOED, o.id()).trace().get(0);
            TraceEvent b = Runs.record(baseline, Policy.JOINT, o.id()).trace().get(0);
            assertEquals("arrive", a.what());
            assertEquals(a.time(), b.time(), "lead arrival of order " + o.id());
            assertEquals(a.detail(), b.detail(), "lead of order " + o.id());
        }
    }

    @Test
    void leadsFromServiceAreNumberedApart() {
        Scenario service = Runs.scenario("service");
        Runs.Recorded siloed = Runs.record(service, Policy.SILOED);
        Runs.Recorded linked = Runs.record(service, Policy.SILOED.with(Lever.SERVICE_LINK, true));
        long highestSiloed = siloed.orders().stream().mapToLong(OrderRecord::id).max().orElseThrow();
        List<Long> fromService = linked.orders().stream().map(OrderRecord::id).filter(id -> id > highestSiloed).toList();
        assertTrue(fromService.size() > 50, fromService.size() + " orders from service leads");
        // one segment: its own leads are numbered 0, 1, 2, ...; service leads from a power of ten above them
        long first = fromService.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(first >= 10 * (highestSiloed / 10 + 1) && Long.toString(first).matches("10*"), "first service lead " + first);
        for (OrderRecord o : linked.orders()) {
            if (o.id() <= highestSiloed) {
                assertEquals(siloed.order(o.id()).quantity(), o.quantity(), "order " + o.id());
            }
        }
    }
}
