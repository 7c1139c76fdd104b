package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;

class ProbesTest {

    @Test
    void everyMeasureIsReportedByExactlyOneProbe() {
        Company c = CompanyRuns.run(Runs.scenario("invariants", Map.of()), Policy.SILOED);
        Map<Measure, List<String>> company = new EnumMap<>(Measure.class);
        for (Probe p : c.metrics.probes()) {
            Map<Measure, Double> own = new EnumMap<>(Measure.class);
            p.report(own);
            own.keySet().forEach(m -> company.computeIfAbsent(m, k -> new ArrayList<>()).add(p.getClass().getSimpleName()));
        }
        for (Measure m : Measure.values()) {
            assertEquals(1, company.getOrDefault(m, List.of()).size(), m.key() + " reported by " + company.get(m));
        }
        for (int segment = 0; segment < c.scenario.segments().size(); segment++) {
            Map<Measure, List<String>> bySegment = new EnumMap<>(Measure.class);
            for (Probe p : c.metrics.probes()) {
                Map<Measure, Double> own = new EnumMap<>(Measure.class);
                p.reportSegment(segment, own);
                own.keySet().forEach(m -> bySegment.computeIfAbsent(m, k -> new ArrayList<>()).add(p.getClass().getSimpleName()));
            }
            for (Measure m : Measure.values()) {
                int expected = m.perSegment() ? 1 : 0;
                assertEquals(expected, bySegment.getOrDefault(m, List.of()).size(),
                        m.key() + " of segment " + segment + " reported by " + bySegment.get(m));
            }
        }
    }

    @Test
    void resultStartsWithEveryMeasureInTheEnumsOrder() {
        Company c = CompanyRuns.run(Runs.scenario("invariants", Map.of()), Policy.SILOED);
        List<String> keys = new ArrayList<>(c.metrics.values().keySet());
        for (Measure m : Measure.values()) {
            assertEquals(m.key(), keys.get(m.ordinal()));
        }
    }

    @Test
    void satisfactionWeighsOnlyTheComponentsThatExist() {
        DeliveryProbe delivery = new DeliveryProbe(1, 1, new LiveOrders());
        BillingProbe billing = new BillingProbe(1);
        CustomerProbe customer = new CustomerProbe(1, delivery, billing);
        Order late = Orders.of(1, 1);
        late.placedAt = 0;
        late.promisedAt = 2;
        late.deliveredAt = 3;
        Order onTime = Orders.of(2, 1);
        onTime.placedAt = 0;
        onTime.promisedAt = 2;
        onTime.deliveredAt = 2;
        delivery.delivered(late);
        delivery.delivered(onTime);
        customer.serviceVisit(onTime, false);
        customer.serviceVisit(onTime, true);
        // on-time 1/2 (weight 0.35) and visits not repeated 1/2 (weight 0.15); no stock orders and no
        // invoices, so fill and billing drop out: 100 * (0.35 * 0.5 + 0.15 * 0.5) / 0.5 = 50
        assertEquals(50, customer.satisfaction(Probe.ALL), 1e-9);
        assertEquals(50, customer.satisfaction(0), 1e-9);
        Map<Measure, Double> out = new EnumMap<>(Measure.class);
        delivery.report(out);
        assertEquals(0.5, out.get(Measure.ON_TIME_RATE), 1e-12);
        assertEquals(0.5, out.get(Measure.LATENESS_MEAN), 1e-12); // one day late, one on time
        assertTrue(Double.isNaN(out.get(Measure.FILL_RATE)));
    }

    @Test
    void billingCountsEachErrorKindOverAllInvoices() {
        BillingProbe billing = new BillingProbe(1);
        Order o = Orders.of(1, 1);
        billing.invoice(new Invoice(o, 0, 1, 10, 10, true, false, false, false));
        billing.invoice(new Invoice(o, 0, 1, 10, 10, true, true, false, false));
        billing.invoice(new Invoice(o, 0, 1, 10, 10, false, false, false, false));
        billing.invoice(new Invoice(o, 0, 1, 10, 10, false, false, false, true));
        Map<Measure, Double> out = new EnumMap<>(Measure.class);
        billing.report(out);
        assertEquals(0.75, out.get(Measure.BILLING_ERROR_RATE), 1e-12); // three of four with an error
        assertEquals(0.5, out.get(Measure.ERROR_QUANTITY_RATE), 1e-12);
        assertEquals(0.25, out.get(Measure.ERROR_PRICE_RATE), 1e-12);
        assertEquals(0.0, out.get(Measure.ERROR_ENTRY_RATE), 1e-12);
        assertEquals(0.25, out.get(Measure.ERROR_FORMAT_RATE), 1e-12);
        Map<Measure, Double> segment = new EnumMap<>(Measure.class);
        billing.reportSegment(0, segment);
        assertEquals(Map.of(Measure.BILLING_ERROR_RATE, 0.75), segment);
    }
}
