package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.policy.Policy;
import tech.tablesaw.api.Row;

/**
 * What the report says agrees with its tables: the verdict opens the page and states each
 * difference with the sign and interval of the comparison table; every claim of every reading
 * holds on the row it cites; percentiles have one estimator; the table of every measure has
 * words and units, not raw ids.
 */
class VerdictTest {
    @TempDir
    static Path dir;
    static SavedRun run;
    static Readings tables;
    static String html;
    static String md;
    static final List<String> POLICIES = List.of("siloed", "joint");

    @BeforeAll
    static void render() throws Exception {
        Path folder = dir.resolve("cmp");
        Fixtures.compareFolder(folder, Fixtures.shortClassroom(Map.of()), List.of(Policy.SILOED, Policy.JOINT));
        Report.render(folder);
        html = Files.readString(folder.resolve("report.html"));
        md = Files.readString(folder.resolve("summary.md"));
        run = SavedRun.open(folder);
        tables = new Readings(run.table("summary.csv"), run.table("comparison.csv"), POLICIES);
    }

    @Test
    void verdictOpensBothPages() {
        int verdict = html.indexOf("<section class=\"verdict\"");
        assertTrue(verdict > 0 && verdict < html.indexOf("<section", html.indexOf("<main>")) + 1, "verdict first");
        assertTrue(md.indexOf("## Verdict") > 0 && md.indexOf("## Verdict") < md.indexOf("## What changes"), md);
    }

    @Test
    void verdictStatesEachDifferenceWithItsSignAndInterval() {
        Verdict v = new Verdict(tables, POLICIES, List.of(), "EUR");
        String text = String.join(" ", v.sentences());
        assertEquals(Verdict.MEASURES.size(), v.claims().size(), "one claim per measure of the verdict");
        for (Claim c : v.claims()) {
            checkAgainstTable(c);
            String unit = Numbers.unit(c.measure());
            double lo = Math.min(Math.abs(c.low()), Math.abs(c.high()));
            double hi = Math.max(Math.abs(c.low()), Math.abs(c.high()));
            String interval = c.clear() ? Numbers.interval(unit, lo, hi) : Numbers.interval(unit, c.low(), c.high());
            assertTrue(text.contains(interval), c.measure() + " quotes " + interval + ": " + text);
            if (c.measure().equals("lead_time_mean") && c.clear()) {
                assertTrue(text.contains(c.direction() == Claim.Direction.LOWER ? "faster" : "slower"), text);
            }
            if (c.measure().equals("total_cost") && c.clear()) {
                assertTrue(text.contains(c.direction() == Claim.Direction.HIGHER ? " more [" : " less ["), text);
            }
            if (c.measure().equals("profit") && c.clear()) {
                assertTrue(text.contains(c.direction() == Claim.Direction.HIGHER ? "profit rises" : "profit falls"), text);
            }
        }
        assertTrue(text.contains("unclear, not claimed"), text);
        assertTrue(text.contains("k EUR") || text.contains("M EUR"), "money in the scenario's currency: " + text);
    }

    @Test
    void verdictNamesAnOverloadedPolicy() {
        String text = String.join(" ", new Verdict(tables, POLICIES, List.of("joint"), "EUR").sentences());
        assertTrue(text.contains("Caution: joint has an overloaded department or line"), text);
        assertFalse(String.join(" ", new Verdict(tables, POLICIES, List.of(), "EUR").sentences()).contains("Caution"));
    }

    @Test
    void everyClaimOfEveryReadingHoldsOnTheTableItCites() throws ReportException {
        Readings say = new Readings(run.table("summary.csv"), run.table("comparison.csv"), POLICIES);
        for (String key : ComparisonPage.PRIMARY) {
            say.change(key, "siloed", "joint");
        }
        say.daysGo("siloed");
        String stock = say.stock();
        say.costs("siloed");
        say.billing("siloed");
        List<Claim> claims = new ArrayList<>(say.claims());
        assertTrue(claims.size() >= ComparisonPage.PRIMARY.size() + Readings.STOCK.size() + 2, "claims collected");
        for (Claim c : claims) {
            checkAgainstTable(c);
        }
        for (Claim c : say.claims()) {
            if (Readings.STOCK.contains(c.measure())) {
                String said = Numbers.label(c.measure()).toLowerCase(java.util.Locale.ROOT) + " " + Readings.word(c);
                assertTrue(stock.contains(said), "the stock reading says '" + said + "': " + stock);
            }
        }
    }

    /** A claim copies its row of comparison.csv, and its direction agrees with the row's sign and significance. */
    private static void checkAgainstTable(Claim c) {
        Optional<Row> found = tables.comparisonRow(c.measure(), c.base(), c.other());
        assertTrue(found.isPresent(), c.measure());
        Row r = found.get();
        assertEquals(Rows.number(r, "mean_base"), c.meanBase(), 0.0, c.measure());
        assertEquals(Rows.number(r, "mean_other"), c.meanOther(), 0.0, c.measure());
        assertEquals(Rows.number(r, "mean_difference"), c.difference(), 0.0, c.measure());
        Claim.Direction expected = !Rows.significant(r) ? Claim.Direction.WITHIN
                : Rows.number(r, "mean_difference") > 0 ? Claim.Direction.HIGHER : Claim.Direction.LOWER;
        assertEquals(expected, c.direction(), c.measure() + " " + c);
        // and the interval quoted beside the word lies on the side the word says
        switch (c.direction()) {
            case HIGHER -> assertTrue(c.low() > 0, c.toString());
            case LOWER -> assertTrue(c.high() < 0, c.toString());
            case WITHIN -> assertTrue(c.low() <= 0 && c.high() >= 0, c.toString());
        }
    }

    @Test
    void percentilesHaveOneEstimator() {
        String reading = tables.distribution();
        for (String p : POLICIES) {
            String p90 = tables.meanWithInterval("lead_time_p90", p);
            assertTrue(reading.contains("90% within " + p90), reading);
            // the headline table quotes the same mean
            assertTrue(html.contains(tables.meanWithHalfWidth("lead_time_p90", p)), p90);
        }
        assertTrue(html.contains("one estimator everywhere on this page"), "the method names the estimator");
    }

    @Test
    void everyMeasureTableHasWordsAndUnits() {
        String section = md.substring(md.indexOf("## Every measure"));
        section = section.substring(0, section.indexOf("\n\n", section.indexOf("|---") + 1) + 1);
        int rows = 0;
        for (String line : section.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| Measure")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String label = cells[1].strip();
            assertFalse(label.contains("\\[") || label.contains("[") || label.contains("_"), "raw id: " + line);
            assertFalse(label.matches(".*[a-z]\\.[a-z].*"), "dot-joined id: " + line);
            if (!cells[3].isBlank()) {
                rows++;
                assertFalse(cells[2].isBlank(), "unit of " + label);
                assertFalse(cells[2].contains("money") || cells[2].contains("currency"), line);
            }
        }
        assertTrue(rows > 40, rows + " rows");
        assertTrue(section.contains("| Total cost | EUR |"), "the currency from the scenario: " + section);
        assertTrue(section.contains("| DELIVERY |") && section.contains("| DEPARTMENTS AND LINES |"), section);
    }

    /**
     * The steps between placement and delivery add up to the mean lead time. Both are means over
     * the same delivered orders and replications, so they agree up to how the two are rounded and
     * to orders delivered at the window's edges: tolerance 1% of the lead time (measured: 0.1%).
     */
    @Test
    void daysBetweenPlacementAndDeliveryAddUpToTheLeadTime() {
        for (String p : POLICIES) {
            double sum = 0;
            for (String step : tables.orderToDelivery()) {
                sum += tables.stepDays(step, p);
            }
            double lead = tables.mean("lead_time_mean", p);
            assertEquals(lead, sum, 0.01 * lead, p);
            assertFalse(tables.orderToDelivery().contains("generation") || tables.orderToDelivery().contains("billing"));
        }
        String section = md.substring(md.indexOf("## Where the days go, step by step"));
        assertTrue(section.contains("| Before the order exists: Generation |"), section);
        assertTrue(section.contains("| After delivery: Billing |"), section);
        assertTrue(section.contains("| Order to delivery, sum of the steps |"), section);
    }
}
