package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.Table;

/** Each factory on small tables in the contract's formats: series, values, colours, and no-data cases. */
class ChartsTest {
    private static final List<String> P = Fixtures.POLICIES;

    private static Map<String, Series> series(NamedChart c) {
        return c.chart().getSeriesCollection().stream().collect(Collectors.toMap(Series::getName, s -> s));
    }

    private static double[] ys(Series s) {
        return ((CategorySeries) s).getYData();
    }

    @Test
    void headlineHasFourChartsWithOneBarPerPolicyAndItsInterval() {
        List<NamedChart> charts = Charts.headline(Fixtures.summary(), P);
        assertEquals(List.of("headline-lead-time", "headline-on-time", "headline-total-cost", "headline-billing-errors"),
                charts.stream().map(NamedChart::name).toList());
        for (NamedChart c : charts) {
            assertEquals(P, c.seriesNames(), c.name());
            assertTrue(c.chart() instanceof CategoryChart);
        }
        CategorySeries siloed = (CategorySeries) series(charts.get(0)).get("siloed");
        assertEquals(12.4, ys(siloed)[0], 1e-9);
        assertTrue(Double.isNaN(ys(siloed)[1])); // the bar of joint belongs to joint's series
        assertEquals(0.6, siloed.getExtraValues()[0], 1e-9);
        // on-time rate shown in percent
        CategorySeries joint = (CategorySeries) series(charts.get(1)).get("joint");
        assertEquals(86.0, ys(joint)[1], 1e-9);
        assertEquals(Theme.policy(1), joint.getFillColor());
        assertEquals("days", ((CategoryChart) charts.get(0).chart()).getYAxisTitle());
        assertEquals("%", ((CategoryChart) charts.get(1).chart()).getYAxisTitle());
    }

    @Test
    void aPolicyKeepsItsColourByPosition() {
        List<NamedChart> charts = Charts.headline(Fixtures.summary(), List.of("joint", "siloed"));
        assertEquals(Theme.policy(0), series(charts.get(0)).get("joint").getFillColor());
    }

    @Test
    void leadTimeDistributionHasOneCurvePerPolicyInPercentClippedWhereAllPass99() {
        NamedChart c = Charts.leadTimeDistribution(Fixtures.ecdf(), P);
        assertEquals("lead-time-distribution", c.name());
        assertEquals(P, c.seriesNames());
        XYSeries joint = (XYSeries) series(c).get("joint");
        assertEquals(Theme.policy(1), joint.getLineColor());
        double[] y = joint.getYData();
        assertTrue(y[y.length - 1] > 99 && y[y.length - 1] <= 100, "percent: " + y[y.length - 1]);
        double xMax = ((XYChart) c.chart()).getStyler().getXAxisMax();
        assertTrue(xMax < 60 && xMax >= 30, "clipped at " + xMax); // siloed (Erlang-3, mean 12 days) passes 99% near 34
        XYSeries siloed = (XYSeries) series(c).get("siloed");
        assertTrue(siloed.getXData()[siloed.getXData().length - 1] <= xMax);
        // each curve in its interval band (fixture: share +- 1 point), shaded, outside the legend
        XYSeries band = (XYSeries) series(c).get("joint (95% interval)");
        assertFalse(band.isShowInLegend());
        assertEquals(XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle().orElseThrow());
        double[] by = band.getYData();
        int n = by.length / 2;
        assertEquals(y[0] + 1, by[0], 1e-9, "upper edge first");
        assertEquals(Math.max(0, y[0] - 1), by[2 * n - 1], 1e-9, "lower edge back, closing at the first day");
    }

    @Test
    void demandForecastPlanIsOneChartPerPolicyWithWarmupBand() {
        List<NamedChart> charts = Charts.demandForecastPlan(Fixtures.periods(), P, 56);
        assertEquals(List.of("demand-forecast-plan-siloed", "demand-forecast-plan-joint"),
                charts.stream().map(NamedChart::name).toList());
        NamedChart c = charts.get(0);
        assertEquals(List.of("actual demand", "forecast handed to production", "production plan"), c.seriesNames());
        XYSeries demand = (XYSeries) series(c).get("actual demand");
        assertEquals(26, demand.getXData().length); // product 'all' only
        assertEquals(500 + 30, demand.getYData()[0], 1e-9);
        XYSeries band = (XYSeries) series(c).get("warm-up (not measured)");
        assertNotNull(band);
        assertEquals(56, band.getXData()[2], 1e-9);
        assertTrue(Charts.demandForecastPlan(Fixtures.periods(), P).get(0).chart().getSeriesCollection().stream()
                .noneMatch(s -> s.getName().startsWith("warm-up")));
    }

    @Test
    void inventoryBacklogHasSolidInventoryAndDashedBacklogInPolicyColour() {
        NamedChart c = Charts.inventoryBacklog(Fixtures.periods(), P, 56);
        assertEquals("inventory-backlog", c.name());
        assertEquals(List.of("siloed inventory", "siloed backlog", "joint inventory", "joint backlog"), c.seriesNames());
        XYSeries inv = (XYSeries) series(c).get("joint inventory");
        XYSeries back = (XYSeries) series(c).get("joint backlog");
        assertEquals(Theme.policy(1), inv.getLineColor());
        assertEquals(Theme.policy(1), back.getLineColor());
        assertEquals(null, inv.getLineStyle().getDashArray());
        assertNotNull(back.getLineStyle().getDashArray());
    }

    @Test
    void planningBiasesShowMarketingSolidAndProductionDashedInPercent() {
        NamedChart c = Charts.planningBiases(Fixtures.periods(), P, 56);
        assertEquals("planning-biases", c.name());
        assertEquals(List.of("siloed marketing", "siloed production", "joint marketing", "joint production"),
                c.seriesNames());
        XYSeries marketing = (XYSeries) series(c).get("siloed marketing");
        XYSeries production = (XYSeries) series(c).get("siloed production");
        assertEquals(26, marketing.getXData().length); // product 'all' only
        assertEquals(20, marketing.getYData()[0], 1e-9); // 0.2 drawn as 20%
        assertEquals(45, marketing.getYData()[25], 1e-9); // 0.2 + 0.01 x 25
        assertEquals(15, production.getYData()[3], 1e-9);
        assertEquals(Theme.policy(0), marketing.getLineColor());
        assertEquals(null, marketing.getLineStyle().getDashArray());
        assertNotNull(production.getLineStyle().getDashArray());
        assertNotNull(series(c).get("warm-up (not measured)"));
    }

    @Test
    void costBreakdownStacksTheComponentsOfTotalCostSkippingZeros() {
        List<String> keys = SummaryCharts.costComponents().stream().map(Measure::key).toList();
        assertEquals(13, keys.size());
        assertFalse(keys.contains("idle_capacity_cost"));
        assertFalse(keys.contains("lost_margin"));
        NamedChart c = Charts.costBreakdown(Fixtures.summary(), P);
        assertEquals("cost-breakdown", c.name());
        assertTrue(((CategoryChart) c.chart()).getStyler().isStacked());
        assertFalse(c.seriesNames().contains("expedite"), "zero under every policy");
        assertEquals(Theme.categoryCount(), c.seriesNames().size()); // 12 non-zero: 8 own colours + other
        assertTrue(c.seriesNames().get(c.seriesNames().size() - 1).startsWith("other"));
        // every non-zero component is drawn: the stacks add up to the sum of components
        double siloed = c.chart().getSeriesCollection().stream()
                .mapToDouble(s -> ys(s)[0]).sum();
        double expected = 0;
        Map<String, Map<String, Rows.Stat>> s = Rows.summary(Fixtures.summary(), "all");
        for (String k : keys) {
            expected += Rows.stat(s, "siloed", k).map(Rows.Stat::mean).orElse(0.0);
        }
        assertEquals(expected, siloed, 1e-6);
    }

    @Test
    void billingErrorsGroupsByKindWithOneSeriesPerPolicy() {
        NamedChart c = Charts.billingErrors(Fixtures.summary(), P);
        assertEquals("billing-errors", c.name());
        assertEquals(P, c.seriesNames());
        CategorySeries siloed = (CategorySeries) series(c).get("siloed");
        assertEquals(List.of("quantity", "price", "entry", "format"), List.copyOf(siloed.getXData()));
        assertEquals(5.0, ys(siloed)[0], 1e-9);
        assertEquals(Theme.policy(0), siloed.getFillColor());
    }

    @Test
    void whereTheDaysGoStacksKindsPerStepAndPolicyAndSkipsNegligibleSteps() {
        NamedChart c = Charts.whereTheDaysGo(Fixtures.summary(), P);
        assertEquals("where-the-days-go", c.name());
        assertEquals(List.of("queueing", "processing", "unattended"), c.seriesNames());
        XYSeries q = (XYSeries) series(c).get("queueing");
        assertEquals(Theme.timeKind("queue"), q.getFillColor());
        // 6 steps of 10 are shown (planning, billing, returns, service negligible), 2 policies: 12 rectangles
        long rects = java.util.Arrays.stream(q.getXData()).filter(Double::isNaN).count();
        assertEquals(12, rects);
        // the first rectangle is generation · siloed, queueing 0.4 days
        assertEquals(0.4, q.getXData()[1], 1e-9);
        XYChart xy = (XYChart) c.chart();
        assertEquals(6 * 3 - 1, Math.round(xy.getStyler().getYAxisMax() + 0.4));
    }

    @Test
    void attributionIsOneTornadoPerMeasureWithTheTwelveLargestTerms() {
        List<NamedChart> charts = Charts.attribution(Fixtures.effects());
        assertEquals(List.of("attribution-lead-time-mean", "attribution-on-time-rate", "attribution-total-cost"),
                charts.stream().map(NamedChart::name).toList());
        NamedChart c = charts.get(1);
        assertEquals(12, c.seriesNames().size());
        assertEquals("stock-info", c.seriesNames().get(0));
        XYSeries top = (XYSeries) series(c).get("stock-info");
        assertEquals(14.0, top.getXData()[1], 1e-9); // 0.14 shown in percentage points
        assertTrue(((XYChart) c.chart()).getXAxisTitle().contains("percentage points"));
        assertNotNull(series(c).get("95% interval"));
    }

    @Test
    void sweepHeatMapHasACellPerPointRun() {
        NamedChart c = Charts.sweepHeatMap(Fixtures.sweepSummary(), Fixtures.X, Fixtures.Y, "on_time_rate", "joint");
        assertEquals("sweep-on-time-rate-joint", c.name());
        HeatMapChart h = (HeatMapChart) c.chart();
        assertEquals(List.of("0", "0.1", "0.2", "0.3"), List.copyOf(h.getHeatMapSeries().getXData()));
        assertEquals(List.of("0.1", "0.2", "0.3"), List.copyOf(h.getHeatMapSeries().getYData()));
        List<? extends Number[]> cells = h.getHeatMapSeries().getHeatData();
        assertEquals(12, cells.size());
        Number[] first = cells.get(0);
        assertArrayEquals(new Number[] {0, 0, 100 * (0.9 - 0.05)}, first);
        // money in thousands
        NamedChart money = Charts.sweepHeatMap(Fixtures.sweepSummary(), Fixtures.X, Fixtures.Y, "total_cost", "siloed");
        Number[] cell = ((HeatMapChart) money.chart()).getHeatMapSeries().getHeatData().get(0);
        assertEquals(1.2e6 / 1000, cell[2].doubleValue(), 1e-6);
        assertTrue(money.title().contains("thousands"));
    }

    @Test
    void sweepResponseDrawsTheMeanWithIntervalBarsAgainstTheParameter() {
        // the fixture's on-time rate is 0.9 - x - y / 2 at every (x, y), intervals mean +- 5 %
        NamedChart c = Charts.sweepResponse(Fixtures.sweepSummary(), Fixtures.X, "on_time_rate", P, false);
        assertEquals("sweep-on-time-rate-by-" + NamedChart.stem(Fixtures.X), c.name());
        assertEquals(P, c.seriesNames());
        XYSeries joint = (XYSeries) series(c).get("joint");
        assertEquals(XYSeriesRenderStyle.Scatter, joint.getXYSeriesRenderStyle().orElseThrow(),
                "other parameters vary: not joined");
        double[] x = joint.getXData();
        assertEquals(12, x.length, "one point per design point");
        for (int i = 1; i < x.length; i++) {
            assertTrue(x[i] >= x[i - 1], "sorted by the parameter");
        }
        assertEquals(100 * (0.9 - 0 - 0.1 / 2), joint.getYData()[0], 1e-9, "first point: x = 0, y = 0.1, in percent");
        assertEquals(0.05 * joint.getYData()[0], joint.getExtraValues()[0], 1e-9, "half the interval");

        NamedChart joined = Charts.sweepResponse(Fixtures.sweepSummary(), Fixtures.X, "total_cost", P, true);
        assertEquals(XYSeriesRenderStyle.Line,
                ((XYSeries) series(joined).get("siloed")).getXYSeriesRenderStyle().orElseThrow());
        // a parameter that is not a column, or not numeric: said, not drawn
        assertTrue(Charts.sweepResponse(Fixtures.sweepSummary(), "policy", "total_cost", P, true).title()
                .endsWith("(no data)"));
    }

    @Test
    void orderJourneysDrawsOneLanePanelPerPolicy() {
        NamedChart c = Charts.orderJourneys(Fixtures.journeys(), P);
        assertEquals("order-journeys", c.name());
        assertEquals(P, c.seriesNames());
        assertTrue(c.chart() instanceof LaneChart);
        // the lane colours: grey for hand-offs, a department colour otherwise
        LaneChart lanes = (LaneChart) c.chart();
        assertEquals(LaneChart.HANDOFF, lanes.colour("(hand-off)"));
        assertEquals(Theme.category(0), lanes.colour("sales"));
    }

    @Test
    void missingDataGivesNoDataChartsOrSkipsSeriesAndNeverThrows() {
        Table empty = Table.create("empty");
        Table summary = Fixtures.summary();
        Table noJoint = summary.where(summary.stringColumn("policy").isEqualTo("siloed"));
        List<NamedChart> charts = new java.util.ArrayList<>();
        charts.addAll(Charts.headline(empty, P));
        charts.add(Charts.leadTimeDistribution(empty, P));
        charts.addAll(Charts.demandForecastPlan(empty, P, 10));
        charts.add(Charts.inventoryBacklog(empty, P, 10));
        charts.add(Charts.planningBiases(empty, P, 10));
        charts.add(Charts.costBreakdown(empty, P));
        charts.add(Charts.billingErrors(empty, P));
        charts.add(Charts.whereTheDaysGo(empty, P));
        charts.add(Charts.sweepHeatMap(empty, "a", "b", "total_cost", "joint"));
        charts.add(Charts.sweepResponse(empty, "a", "total_cost", P, true));
        charts.add(Charts.orderJourneys(empty, P));
        for (NamedChart c : charts) {
            assertTrue(c.title().endsWith("(no data)"), c.name() + ": " + c.title());
            assertEquals(List.of(), c.seriesNames());
            assertEquals(c.chart().getWidth(), ChartFiles.image(c).getWidth()); // still renders
        }
        assertEquals(List.of(), Charts.attribution(empty));
        // a policy without rows is left out, the others drawn
        assertEquals(List.of("siloed"), Charts.headline(noJoint, P).get(0).seriesNames());
        assertEquals(List.of("siloed"), Charts.billingErrors(noJoint, P).seriesNames());
        // a measure absent: that chart says so, the others are drawn
        Table noCost = summary.where(summary.stringColumn("measure").isNotEqualTo("total_cost"));
        List<NamedChart> h = Charts.headline(noCost, P);
        assertTrue(h.get(2).title().endsWith("(no data)"));
        assertEquals(P, h.get(0).seriesNames());
    }

    @Test
    void tablesReadFromCsvWork(@TempDir Path dir) throws Exception {
        // Whole-number columns come back as integers and missing cells as missing values.
        Path csv = dir.resolve("summary.csv");
        Files.writeString(csv, """
                policy,measure,segment,n,mean,sd,ci_low,ci_high,half_width
                siloed,lead_time_mean,all,3,12,1,10,14,2
                joint,lead_time_mean,all,3,8,1,,,
                siloed,on_time_rate,all,3,0.5,0.1,0.4,0.6,0.1
                """);
        Table t = Table.read().csv(csv.toFile());
        List<NamedChart> h = Charts.headline(t, P);
        assertEquals(P, h.get(0).seriesNames());
        assertEquals(8.0, ys(series(h.get(0)).get("joint"))[1], 1e-9);
        assertEquals(List.of("siloed"), h.get(1).seriesNames());
        assertTrue(h.get(2).title().endsWith("(no data)"));
    }

    @Test
    void moneyLabelsUseThousandsSeparatorsThenKAndM() {
        assertEquals("950", Theme.money(950.0));
        assertEquals("9.5k", Theme.money(9500.0));
        assertEquals("250k", Theme.money(250_000.0));
        assertEquals("1.25M", Theme.money(1_250_000.0));
        assertEquals("-40k", Theme.money(-40_000.0));
    }

    @Test
    void namesAreFileStems() {
        assertTrue(NamedChart.slug("My Policy #2").matches("my-policy-2-[0-9a-f]{8}"), NamedChart.slug("My Policy #2"));
        assertEquals("joint", NamedChart.slug("joint"), "a name that is already a stem is kept");
        // names that slug alike stay apart: case and punctuation, and names in another script
        assertNotEquals(NamedChart.slug("Fast Policy"), NamedChart.slug("fast-policy"));
        assertNotEquals(NamedChart.slug("Политика А"), NamedChart.slug("Политика Б"));
        String longName = "p".repeat(3000);
        assertTrue(NamedChart.slug(longName).length() <= NamedChart.MAX_STEM, "a 3,000-character name is cut");
        assertNotEquals(NamedChart.slug(longName), NamedChart.slug(longName + "q"));
        for (String name : List.of("My Policy #2", "Политика А", longName, "lead_time_mean")) {
            new NamedChart("x-" + NamedChart.slug(name), "t", "c", Charts.billingErrors(Fixtures.summary(), P).chart(),
                    List.of()); // a valid stem
        }
        Chart<?, ?> chart = Charts.billingErrors(Fixtures.summary(), P).chart();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NamedChart("Bad Name", "t", "c", chart, List.of()));
    }
}
