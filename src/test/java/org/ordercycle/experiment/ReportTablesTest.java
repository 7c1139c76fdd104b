package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Journey;
import org.ordercycle.stats.LeadTimeHistogram;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The tables behind the report's distribution, planning and journey charts agree with the
 * replications they summarise: exact identities, no statistical tolerance.
 */
class ReportTablesTest {
    private static Comparison c;

    @BeforeAll
    static void run() {
        c = Experiment.on(TestScenarios.baselineShort()).policies(List.of(Policy.SILOED, Policy.JOINT))
                .replications(3).seed(11).threads(2).run();
    }

    @Test
    void histogramCountsEveryDeliveredOrderAndBracketsTheMeanLeadTime() {
        for (Policy p : c.policies()) {
            for (ReplicationResult r : c.results(p)) {
                LeadTimeHistogram h = r.leadTimes();
                assertEquals(r.value(Measure.ORDERS_DELIVERED), h.total(), 0.0, "every delivered order is counted");
                // lead times are floored to their bin: the mean of the lower edges is at most one bin below the
                // exact mean, never above it
                double lower = 0;
                for (int i = 0; i < h.counts().size(); i++) {
                    lower += i * h.binDays() * h.counts().get(i);
                }
                lower = (lower + h.overflow() * LeadTimeHistogram.MAX_DAYS) / h.total();
                double mean = r.value(Measure.LEAD_TIME_MEAN);
                assertTrue(lower <= mean + 1e-9 && mean < lower + h.binDays() + 1e-9, lower + " vs mean " + mean);
            }
        }
    }

    @Test
    void ecdfRisesFromZeroToOneWithItsIntervalAroundIt() {
        Table t = c.leadTimeEcdfTable();
        for (Policy p : c.policies()) {
            double previous = 0;
            double last = Double.NaN;
            int rows = 0;
            for (Row r : t) {
                if (!p.name().equals(r.getString("policy"))) {
                    continue;
                }
                double share = r.getDouble("share");
                assertTrue(share >= previous - 1e-12 && share <= 1 + 1e-12, "non-decreasing share in [0, 1]");
                assertTrue(r.getDouble("ci_low") <= share + 1e-12 && share <= r.getDouble("ci_high") + 1e-12);
                previous = share;
                last = share;
                rows++;
            }
            assertTrue(rows > 10, p.name() + ": " + rows + " rows");
            assertEquals(1.0, last, 1e-12, "every delivered order within the last bin (no lead time of 100 days)");
        }
    }

    @Test
    void periodTotalsAreTheSumOfTheProducts() {
        Table t = c.periodsTable();
        Map<String, Double> total = new LinkedHashMap<>();
        Map<String, Double> sum = new LinkedHashMap<>();
        for (Row r : t) {
            if (r.getString("series").startsWith("inflation")) {
                continue; // shares, not units: 'all' is the share of the summed units, not a sum
            }
            String cell = r.getString("policy") + "/" + r.getInt("period") + "/" + r.getString("series");
            if (r.getString("product").equals("all")) {
                total.put(cell, r.getDouble("mean"));
            } else {
                sum.merge(cell, r.getDouble("mean"), Double::sum);
            }
        }
        assertFalse(total.isEmpty());
        assertEquals(total.keySet(), sum.keySet());
        total.forEach((cell, v) -> assertEquals(v, sum.get(cell), 1e-6 * Math.max(1, Math.abs(v)), cell));
        assertEquals(Set.of("demand", "forecast", "plan", "ordered", "produced", "inventory", "backlog", "inflation",
                "inflation_estimate", "forecast_error"),
                new LinkedHashSet<>(t.stringColumn("series").asList()));
    }

    @Test
    void journeysFollowTheSameCustomersUnderEveryPolicyUpToDelivery() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (Policy p : c.policies()) {
            List<Journey> js = c.results(p).get(0).journeys();
            assertEquals(3 * 4, js.size(), "four leads of each of the three segments");
            keys.put(p.name(), js.stream().map(Journey::key).toList());
        }
        assertEquals(keys.get("siloed"), keys.get("joint"), "same sampled customers (common random numbers)");

        Table t = c.journeysTable();
        Map<String, Double> end = new LinkedHashMap<>();
        for (Row r : t) {
            double from = r.getDouble("start_day");
            double to = r.getDouble("end_day");
            assertTrue(from >= 0 && to >= from - 1e-12, r.toString());
            String id = r.getString("policy") + "/" + r.getString("journey");
            assertTrue(end.getOrDefault(id, 0.0) <= from + 1e-9, "intervals follow each other: " + r);
            end.put(id, to);
        }
        for (Policy p : c.policies()) {
            for (Journey j : c.results(p).get(0).journeys()) {
                if (!Double.isNaN(j.deliveredAt())) {
                    double days = j.deliveredAt() - j.events().get(0).time();
                    assertEquals(days, end.get(p.name() + "/" + j.key()), 1e-9, "a journey ends at delivery");
                }
            }
        }
    }
}
