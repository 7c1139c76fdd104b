package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * What a reader of an exported chart sees as text: the footer that lets it stand alone, numbers
 * without float noise, and dashed series that stay dashed. XChart writes its own text (titles,
 * ticks, labels) as outlines, not SVG text: for those the test checks the formatters that write
 * them, on the values the chart shows.
 */
class ChartTextTest {
    private static final String CONTEXT = "fixture · siloed vs joint · 5 replications · seed 1";
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    static List<NamedChart> charts() {
        List<String> p = Fixtures.POLICIES;
        List<NamedChart> all = new ArrayList<>(ChartFilesTest.everyChart());
        all.add(Charts.planningBiases(Fixtures.periods(), p, 56));
        all.add(Charts.sweepResponse(Fixtures.sweepSummary(), Fixtures.X, "total_cost", p, true));
        return all.stream().map(c -> c.withContext(CONTEXT)).toList();
    }

    private static List<String> svgTexts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    @Test
    void moneyIsShownInTheScenariosCurrencyWhereItIsAUnit() {
        CategoryChart bars = Theme.bars(Theme.WIDTH, Theme.HEIGHT, "Total cost (money, thousands)", "policy",
                "mean cost (money)");
        NamedChart chart = new NamedChart("cost", "Total cost (money, thousands)", "Cost in money (scenario "
                + "currency), per policy.", bars, List.of()).inCurrency("CHF");
        assertEquals("Total cost (CHF, thousands)", chart.title());
        assertEquals("Total cost (CHF, thousands)", bars.getTitle());
        assertEquals("mean cost (CHF)", bars.getYAxisTitle());
        assertEquals("policy", bars.getXAxisTitle());
        assertEquals("Cost in CHF, per policy.", chart.caption());
        // the word in a sentence stays: only the unit is the currency
        NamedChart where = new NamedChart("where", "Where the money goes", "", Theme.bars(Theme.WIDTH,
                Theme.HEIGHT, "Where the money goes", "", "money"), List.of()).inCurrency("CHF");
        assertEquals("Where the money goes", where.title());
        assertEquals("CHF", ((AxesChart<?, ?>) where.chart()).getYAxisTitle());
    }

    @Test
    void everyChartFileCarriesItsFooterAsText(@TempDir Path dir) throws Exception {
        for (NamedChart c : charts()) {
            assertTrue(c.footer().startsWith(CONTEXT), c.name());
            String svg = ChartFiles.svg(c);
            List<String> texts = svgTexts(svg);
            assertTrue(texts.stream().anyMatch(t -> t.contains(CONTEXT)), c.name() + ": footer missing in " + texts);
        }
        // the file written to disk too, for one chart
        NamedChart one = charts().get(0);
        ChartFiles.write(one, dir);
        assertTrue(svgTexts(Files.readString(dir.resolve(one.name() + ".svg"), StandardCharsets.UTF_8)).stream()
                .anyMatch(t -> t.equals(one.footer())));
    }

    @Test
    void chartsWithIntervalsSayWhatTheBarsMean() {
        for (NamedChart c : Charts.headline(Fixtures.summary(), Fixtures.POLICIES)) {
            assertTrue(c.footer().endsWith("bars: mean ± 95% interval"), c.footer());
        }
        assertTrue(Charts.leadTimeDistribution(Fixtures.ecdf(), Fixtures.POLICIES).footer().contains("95%"));
    }

    @Test
    void noFloatNoiseInAnyChartText() {
        for (NamedChart c : charts()) {
            for (String t : svgTexts(ChartFiles.svg(c))) {
                assertFalse(NumbersTest.NOISE.matcher(t).find(), c.name() + ": " + t);
            }
            for (String t : formattedNumbers(c)) {
                assertFalse(NumbersTest.NOISE.matcher(t).find(), c.name() + ": " + t);
            }
        }
    }

    /** The numbers XChart writes for the chart, through the chart's own formatters. */
    private static List<String> formattedNumbers(NamedChart named) {
        List<String> out = new ArrayList<>();
        if (named.chart() instanceof CategoryChart c) {
            Function<Double, String> f = c.getStyler().getYAxisTickLabelsFormattingFunction();
            assertTrue(c.getStyler().isLabelsVisible(), named.name() + ": bars carry value labels");
            assertTrue(f != null, named.name() + ": bar labels use the chart formatter");
            for (CategorySeries s : c.getSeriesCollection()) {
                for (double y : s.getYData()) {
                    if (Double.isFinite(y)) {
                        out.add(f.apply(y));
                    }
                }
            }
            for (double tick = 0; tick <= 100; tick += 2.5) { // round ticks go through it as well
                out.add(f.apply(tick));
            }
        } else if (named.chart() instanceof HeatMapChart h) {
            DecimalFormat cells = new DecimalFormat(h.getStyler().getHeatMapValueDecimalPattern(),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            for (Number[] cell : h.getHeatMapSeries().getHeatData()) {
                String s = cells.format(cell[2]);
                out.add(s);
                assertTrue(s.replaceAll("[^0-9]", "").replaceFirst("^0+", "").length() <= 4, s);
            }
            out.add("" + h.getStyler().getMin()); // the colour bar writes its bounds with Double.toString
            out.add("" + h.getStyler().getMax());
        } else if (named.chart() instanceof AxesChart<?, ?> a) {
            AxesChartStyler st = (AxesChartStyler) a.getStyler();
            for (Function<Double, String> f : List.of(
                    nonNull(st.getXAxisTickLabelsFormattingFunction()), nonNull(st.getYAxisTickLabelsFormattingFunction()))) {
                for (double v = -1000; v <= 1000; v += 12.5) {
                    out.add(f.apply(v));
                }
            }
        }
        return out;
    }

    private static Function<Double, String> nonNull(Function<Double, String> f) {
        return f == null ? v -> "" : f;
    }

    @Test
    void headlineBarsCarryMeanAndInterval() {
        NamedChart lead = Charts.headline(Fixtures.summary(), Fixtures.POLICIES).get(0);
        CategoryChart c = (CategoryChart) lead.chart();
        CategorySeries siloed = c.getSeries("siloed");
        double[] y = siloed.getYData();
        int i = 0;
        while (!Double.isFinite(y[i])) {
            i++;
        }
        double mean = y[i];
        double half = siloed.getExtraValues()[i];
        assertEquals(Numbers.plusMinus(mean, half),
                c.getStyler().getYAxisTickLabelsFormattingFunction().apply(mean));
    }

    private static final Pattern DASHED_LINE = Pattern.compile(
            "<line style=\"[^\"]*stroke-width:([0-9.]+);[^\"]*stroke-dasharray:([0-9.]+),([0-9.]+);\" "
            + "x1=\"([-0-9.E]+)\" x2=\"([-0-9.E]+)\" y1=\"([-0-9.E]+)\" y2=\"([-0-9.E]+)\"/>");

    @Test
    void dashedSeriesStayDashedInSvg() {
        List<String> p = Fixtures.POLICIES;
        for (NamedChart c : List.of(Charts.planningBiases(Fixtures.periods(), p, 56),
                Charts.inventoryBacklog(Fixtures.periods(), p, 56))) {
            String svg = ChartFiles.svg(c);
            Matcher m = DASHED_LINE.matcher(svg);
            int lines = 0;
            while (m.find()) {
                double width = Double.parseDouble(m.group(1));
                double dash = Double.parseDouble(m.group(2));
                double length = Math.hypot(Double.parseDouble(m.group(5)) - Double.parseDouble(m.group(4)),
                        Double.parseDouble(m.group(7)) - Double.parseDouble(m.group(6)));
                // XChart strokes each segment apart, restarting the pattern: a segment shorter than a
                // dash (plus its round caps) would draw solid
                assertTrue(length > dash + width, c.name() + ": segment " + length + " px, dash " + dash);
                lines++;
            }
            assertTrue(lines > 10, c.name() + ": dashed segments in the SVG, found " + lines);
            assertTrue(svg.contains("stroke-linecap:round") || svg.contains("stroke-dasharray"), c.name());
        }
    }
}
