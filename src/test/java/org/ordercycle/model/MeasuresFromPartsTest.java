package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.Costs;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Ledger.Account;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.TimeAverage;

/**
 * The measures and end-of-run classes get what they read from the company as parts (clock,
 * ledger, order book, assets, departments), so each can be built and checked on its own, and
 * none of them reads the whole company.
 */
class MeasuresFromPartsTest {
    private static final Path MODEL = Path.of("src/main/java/org/ordercycle/model");
    private static final List<String> MEASURES = List.of("Metrics", "CostProbe", "MoneyProbe", "PlanningProbe",
            "SystemProbe", "DeliveryProbe", "BillingProbe", "CustomerProbe", "LoadReport", "Payroll", "Invariants", "Assets");
    private static final Pattern COMPANY = Pattern.compile("\\bCompany\\b");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void noMeasureNamesTheCompanyInItsCode() throws IOException {
        List<String> hits = new ArrayList<>();
        for (String name : MEASURES) {
            String code = COMMENT.matcher(Files.readString(MODEL.resolve(name + ".java"))).replaceAll("");
            if (COMPANY.matcher(code).find()) {
                hits.add(name);
            }
        }
        assertEquals(List.of(), hits);
        assertTrue(COMPANY.matcher("Company c").find(), "the pattern sees a use of the company");
    }

    @Test
    void costsAreValuedFromTheLedgerRatesAndAssetsGiven() {
        double warmup = 10;
        double end = 20;
        Ledger ledger = new Ledger(warmup);
        TimeAverage receivables = new TimeAverage(warmup, 0);
        receivables.add(5, 500);  // owed before the warm-up: counts only from day 10
        receivables.add(15, 500); // 1000 owed over the last 5 days
        Costs rates = new Costs(0.25, 0.365, 25, "paper"); // capital: 0.001 per day
        CostProbe cost = new CostProbe(ledger, rates, new Assets(List.of(), List.of(), () -> receivables), end,
                new DeliveryProbe(1, 3, new LiveOrders()));
        cost.lostMargin(100, 5);  // before the warm-up: not counted
        cost.lostMargin(-3, 12);  // never negative
        cost.lostMargin(40, 12);
        ledger.charge(Account.SHIPPING, 12, 20);
        Map<Measure, Double> out = new EnumMap<>(Measure.class);
        cost.report(out);
        // capital = (500 x 5 + 1000 x 5) x 0.001 = 7.5; total = capital + shipping, lost margin apart
        assertEquals(7.5, out.get(Measure.CAPITAL_COST), 1e-9);
        assertEquals(40, out.get(Measure.LOST_MARGIN), 1e-9);
        assertEquals(0, out.get(Measure.HOLDING_COST), 1e-9);
        assertEquals(27.5, out.get(Measure.TOTAL_COST), 1e-9);
        assertTrue(Double.isNaN(out.get(Measure.COST_PER_ORDER)), "no order delivered");
    }

    @Test
    void littlesLawReadsTheLiveOrdersAndMeasuredPeriodGiven() {
        double warmup = 10;
        double end = 30;
        TimeAverage liveOrders = new TimeAverage(warmup, 0);
        liveOrders.add(10, 2);
        liveOrders.add(20, -1);
        DeliveryProbe delivery = new DeliveryProbe(1, 5, new LiveOrders());
        SystemProbe system = new SystemProbe(delivery, liveOrders, warmup, end);
        Order early = Orders.of(1, 1);
        early.placedAt = 5; // placed during the warm-up: not in the time in the company
        Order measured = Orders.of(2, 1);
        measured.placedAt = 12;
        delivery.placed(early);
        delivery.placed(measured);
        system.terminal(early, 25);
        system.terminal(measured, 18);
        Map<String, Double> v = new HashMap<>();
        system.put(v);
        assertEquals(1.5, v.get("system[in_system]"), 1e-12); // (2 x 10 + 1 x 10) / 20 days
        assertEquals(0.1, v.get("system[arrival_rate]"), 1e-12); // 2 orders / 20 days
        assertEquals(6, v.get("system[sojourn]"), 1e-12);
    }
}
