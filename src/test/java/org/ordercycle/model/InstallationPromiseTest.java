package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.OrderRecord;

/**
 * Capable-to-promise counts the installation at the customer. On {@code mechanisms/selection.yaml}
 * with a line fast enough that nothing is refused and a quoted lead time short enough that the
 * capable-to-promise date always decides, the same orders (common random numbers; installation
 * happens after delivery and does not touch the line) are promised exactly 12 hours later when the
 * product is assembled on site in 12 working hours: the calendar is always open, so 12 working
 * hours are half a calendar day.
 */
class InstallationPromiseTest {
    private static final Policy EXECUTIVES = Policy.SILOED.with(Lever.STRATEGIC_SELECTION, true);

    private static Map<String, Double> promises(Map<String, String> extra) {
        Map<String, String> o = new HashMap<>(Map.of("products[0].ratePerHour", "1000",
                "products[0].standardLeadTimeDays", "0.01", "steps.selection.minStrategicValue", "0"));
        o.putAll(extra);
        Scenario s = Runs.scenario("selection", o);
        List<OrderRecord> orders = Runs.record(s, EXECUTIVES).orders();
        Map<String, Double> byId = new HashMap<>();
        for (OrderRecord r : orders) {
            if (!Double.isNaN(r.promisedAt())) {
                byId.put(Long.toString(r.id()), r.promisedAt() - r.placedAt());
            }
        }
        return byId;
    }

    @Test
    void capableToPromiseIsLaterByTheInstallationTime() {
        Map<String, Double> plain = promises(Map.of());
        Map<String, Double> installed = promises(Map.of("products[0].delivery", "onSite", "products[0].installTime", "12",
                "products[0].installSkills", "[fitter]", "departments.service", "[{id: fitter, technicians: 1000}]"));
        assertTrue(plain.size() > 500, plain.size() + " orders promised");
        assertEquals(plain.keySet(), installed.keySet(), "the same orders, none refused");
        for (Map.Entry<String, Double> e : plain.entrySet()) {
            assertEquals(e.getValue() + 0.5, installed.get(e.getKey()), 1e-9, "order " + e.getKey());
        }
    }
}
