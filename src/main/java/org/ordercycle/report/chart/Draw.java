package org.ordercycle.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Small drawing helpers shared by the chart factories. */
final class Draw {
    static final String NO_DATA = " (no data)";

    private Draw() {
    }

    /** An empty chart whose title says there is no data; nothing is drawn in it. */
    static NamedChart noData(String name, String title, String caption, int width, int height) {
        XYChart c = Theme.xy(width, height, title + NO_DATA, "", "");
        c.getStyler().setLegendVisible(false);
        c.getStyler().setAxisTicksVisible(false);
        c.getStyler().setPlotGridLinesVisible(false);
        return new NamedChart(name, title + NO_DATA, caption, c, List.of());
    }

    /** Formats the y axis of a measure: money as k/M, shares (already times 100) without decimals. */
    static void yAxisFor(AxesChart<?, ?> chart, String measureKey) {
        AxesChartStyler s = chart.getStyler();
        if (Rows.isMoney(measureKey)) {
            s.setYAxisTickLabelsFormattingFunction(Theme.money());
        }
    }

    static void xAxisFor(AxesChart<?, ?> chart, String measureKey) {
        if (Rows.isMoney(measureKey)) {
            chart.getStyler().setXAxisTickLabelsFormattingFunction(Theme.money());
        }
    }

    /**
     * An invisible one-point series at (x, y), added before the data. XChart puts a tick at every
     * data value when the x values of all series are equally spaced (a 0.1-day grid gives hundreds
     * of ticks); a first point out of that order switches it back to evenly spread round ticks.
     * Choose (x, y) inside the axis ranges.
     */
    static void roundTicks(XYChart c, double x, double y) {
        XYSeries s = c.addSeries(" ", new double[] {x}, new double[] {y});
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
        s.setLineColor(new Color(0, 0, 0, 0));
    }

    /** A line series in a colour and stroke, without markers. */
    static XYSeries line(XYChart c, String name, double[] x, double[] y, Color colour, java.awt.BasicStroke stroke) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(stroke);
        return s;
    }

    /**
     * A translucent band between {@code xLowHigh[1]} and {@code xLowHigh[2]} over the x values
     * {@code xLowHigh[0]} up to xMax, outside the legend (an interval around a curve).
     */
    static void band(XYChart c, String name, double[][] xLowHigh, double xMax, Color colour) {
        int n = 0;
        while (n < xLowHigh[0].length && xLowHigh[0][n] <= xMax) {
            n++;
        }
        if (n < 2) {
            return;
        }
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = xLowHigh[0][i];
            y[i] = xLowHigh[2][i];
            x[2 * n - 1 - i] = xLowHigh[0][i];
            y[2 * n - 1 - i] = xLowHigh[1][i];
        }
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 60);
        s.setFillColor(fill);
        s.setLineColor(new Color(0, 0, 0, 0));
        s.setShowInLegend(false);
    }

    /** Grey shading over [0, warmupDays] from yLow to yHigh, drawn first so lines stay on top. */
    static void warmup(XYChart c, double warmupDays, double yLow, double yHigh) {
        if (!(warmupDays > 0) || !(yHigh > yLow)) {
            return;
        }
        XYSeries s = c.addSeries("warm-up (not measured)", new double[] {0, 0, warmupDays, warmupDays, 0},
                new double[] {yLow, yHigh, yHigh, yLow, yLow});
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(Theme.WARMUP);
        s.setLineColor(Theme.WARMUP);
        s.setLineStyle(Theme.solid(0.5f));
    }

    /**
     * Value labels "mean ± half-width" on bars drawn with intervals. XChart writes bar labels and y
     * ticks with one formatter: a value that is the mean of a bar gets its interval, any other
     * value (a tick) is formatted plainly. More than {@link #BARS_WITH_INTERVAL_LABELS} bars are too
     * narrow for the half-width: they show the mean, and their whiskers the interval.
     */
    static void intervalLabels(org.knowm.xchart.CategoryChart c, java.util.Map<Double, Double> halfWidthByMean,
                               int bars) {
        java.util.Map<Double, Double> byMean = java.util.Map.copyOf(halfWidthByMean);
        boolean room = bars <= BARS_WITH_INTERVAL_LABELS;
        c.getStyler().setYAxisTickLabelsFormattingFunction(v -> {
            Double e = v == null ? null : byMean.get(v);
            return e == null || !(e > 0) || !room ? Theme.money(v) : Numbers.plusMinus(v, e);
        });
    }

    /** The most bars of a small chart that still hold "mean ± half-width" at the label font. */
    static final int BARS_WITH_INTERVAL_LABELS = 2;

    /**
     * Value labels on stacked bars only where a segment is at least {@code smallest} tall: a label
     * on a thinner segment would overlap its neighbours (the legend and the axis still give it).
     * Ticks share the formatter; no tick other than 0 is that small.
     */
    static void stackedLabels(org.knowm.xchart.CategoryChart c, double smallest) {
        c.getStyler().setYAxisTickLabelsFormattingFunction(
                v -> v == null || v == 0 || Math.abs(v) >= smallest ? Theme.money(v) : "\u200B"); // XChart needs a character
    }

    /**
     * A stacked segment's value: none for 0, which would draw no segment but still carry the label
     * "0" ({@link #stackedLabels} keeps 0 for the axis tick it shares the formatter with).
     */
    static Double segment(double v) {
        return v == 0 ? null : v;
    }

    static double[] doubles(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** A nice axis maximum at or above v: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceCeil(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Zero-width characters: the digits of the invisible labels. */
    private static final char[] INVISIBLE = {'\u200B', '\u200C', '\u200D'};
    /** XChart 4.0.3 treats a tick label longer than this as never fitting, and then loops for ever. */
    static final int MAX_LABEL = 20;

    /**
     * The label of the row (lane, bar) at integer position v, else an invisible label. XChart widens its tick
     * spacing until every tick label is distinct and no label is longer than {@link #MAX_LABEL}
     * characters, and it places ticks past both ends of the axis: one shared blank (or a long
     * name) made it loop for ever. So each invisible label spells its own position, in eighths of
     * a lane, in at most 12 zero-width characters, and the lane labels go through {@link #fitRowLabels}.
     */
    static String rowLabel(double v, List<String> labels) {
        long i = Math.round(v);
        if (Math.abs(v - i) <= 1e-6 && i >= 0 && i < labels.size() && !labels.get((int) i).isBlank()) {
            return labels.get((int) i);
        }
        long code = Math.max(0, Math.min(400_000, Math.round(v * 8) + 100_000)); // 3^12 > 400,000
        StringBuilder b = new StringBuilder();
        do {
            b.append(INVISIBLE[(int) (code % 3)]);
            code /= 3;
        } while (code > 0);
        return b.toString();
    }

    /**
     * The labels shortened to {@link #MAX_LABEL} characters (the middle elided) and made distinct
     * (a repeat gets its row number), as XChart needs them.
     */
    static List<String> fitRowLabels(List<String> labels) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            if (l.length() > MAX_LABEL) {
                l = l.substring(0, 10) + "…" + l.substring(l.length() - (MAX_LABEL - 11));
            }
            if (!l.isBlank() && out.contains(l)) {
                String n = " #" + (i + 1);
                l = l.substring(0, Math.min(l.length(), MAX_LABEL - n.length())) + n;
            }
            out.add(l);
        }
        return out;
    }
}
