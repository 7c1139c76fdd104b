package org.ordercycle.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/**
 * Charts of a sensitivity analysis, from indices.csv (measure, response, parameter, index, estimate,
 * ci_low, ci_high): the Morris plane (mu* against sigma) and the Sobol' indices with intervals.
 */
final class SensitivityCharts {
    private static final double HALF_BAR = 0.16;

    private SensitivityCharts() {
    }

    /** One point per parameter at (mu*, sigma) for a measure and response; the line sigma = mu* for reference. */
    static NamedChart morrisPlane(Table indices, String measure, String response) {
        String name = "morris-" + NamedChart.stem(measure) + "-" + NamedChart.stem(response);
        String label = Rows.label(measure);
        String unit = Rows.unit(measure);
        String title = "Morris screening: " + label.toLowerCase(Locale.ROOT) + ", " + response;
        String caption = "Each parameter at its mean absolute elementary effect mu* (right: moves "
                + label.toLowerCase(Locale.ROOT) + " more over its range) and the spread sigma of its effects "
                + "(up: interactions or curvature)" + (unit.isEmpty() ? "" : ", in " + unit) + ".";
        List<String> parameters = parameters(indices, measure, response);
        if (parameters.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        double k = Rows.scale(measure);
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "mu*" + (unit.isEmpty() ? "" : " (" + unit + ")"),
                "sigma" + (unit.isEmpty() ? "" : " (" + unit + ")"));
        double max = 0;
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String p = parameters.get(i);
            double mu = k * value(indices, measure, response, p, "mu_star", "estimate");
            double sigma = k * value(indices, measure, response, p, "sigma", "estimate");
            if (!Double.isFinite(mu) || !Double.isFinite(sigma)) {
                continue;
            }
            max = Math.max(max, Math.max(mu, sigma));
            XYSeries s = c.addSeries(p, new double[] {mu}, new double[] {sigma});
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Theme.category(i % Theme.categoryCount()));
            shown.add(p);
        }
        double top = max > 0 ? max * 1.1 : 1;
        Draw.line(c, "sigma = mu*", new double[] {0, top}, new double[] {0, top}, Theme.GREY, Theme.dashed(1.2f));
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setXAxisMax(top);
        c.getStyler().setYAxisMax(top);
        Draw.xAxisFor(c, measure);
        Draw.yAxisFor(c, measure);
        return new NamedChart(name, title, caption, c, shown);
    }

    /** Per parameter, the first-order and total indices as bars with their intervals. */
    static NamedChart sobolBars(Table indices, String measure, String response) {
        String name = "sobol-" + NamedChart.stem(measure) + "-" + NamedChart.stem(response);
        String label = Rows.label(measure);
        String title = "Sobol' indices: " + label.toLowerCase(Locale.ROOT) + ", " + response;
        String caption = "Share of the variance of " + label.toLowerCase(Locale.ROOT) + " (" + response
                + ") across the design that each parameter explains alone (first order) and that it has a hand in, "
                + "interactions included (total), with bootstrap 95% intervals.";
        List<String> parameters = parameters(indices, measure, response);
        if (parameters.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "share of variance", "");
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        int n = parameters.size();
        Draw.roundTicks(c, 0, 0.4);
        List<Double> ex = new ArrayList<>();
        List<Double> ey = new ArrayList<>();
        double lowest = 0;
        double highest = 1;
        String[] kinds = {"first", "total"};
        Color[] colours = {Theme.BLUE, Theme.ORANGE};
        for (int kind = 0; kind < 2; kind++) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double y = n - i + (kind == 0 ? HALF_BAR : -HALF_BAR);
                double v = value(indices, measure, response, parameters.get(i), kinds[kind], "estimate");
                if (!Double.isFinite(v)) {
                    continue;
                }
                Collections.addAll(px, 0.0, v, v, 0.0, 0.0, Double.NaN);
                Collections.addAll(py, y - HALF_BAR * 0.8, y - HALF_BAR * 0.8, y + HALF_BAR * 0.8,
                        y + HALF_BAR * 0.8, y - HALF_BAR * 0.8, Double.NaN);
                double lo = value(indices, measure, response, parameters.get(i), kinds[kind], "ci_low");
                double hi = value(indices, measure, response, parameters.get(i), kinds[kind], "ci_high");
                lowest = Math.min(lowest, Math.min(v, Double.isFinite(lo) ? lo : v));
                highest = Math.max(highest, Math.max(v, Double.isFinite(hi) ? hi : v));
                if (Double.isFinite(lo) && Double.isFinite(hi)) {
                    double cap = HALF_BAR * 0.5;
                    Collections.addAll(ex, lo, lo, Double.NaN, lo, hi, Double.NaN, hi, hi, Double.NaN);
                    Collections.addAll(ey, y - cap, y + cap, Double.NaN, y, y, Double.NaN, y - cap, y + cap,
                            Double.NaN);
                }
            }
            if (!px.isEmpty()) {
                XYSeries bars = c.addSeries(kinds[kind].equals("first") ? "first order" : "total",
                        Draw.doubles(px), Draw.doubles(py));
                bars.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
                bars.setMarker(SeriesMarkers.NONE);
                bars.setFillColor(colours[kind]);
                bars.setLineColor(colours[kind]);
            }
        }
        if (!ex.isEmpty()) {
            Draw.line(c, "95% interval", Draw.doubles(ex), Draw.doubles(ey), Theme.BLACK, Theme.solid(1.6f));
        }
        c.getStyler().setXAxisMin(Math.floor(lowest * 10) / 10);
        c.getStyler().setXAxisMax(Math.ceil(highest * 10) / 10);
        c.getStyler().setYAxisMin(0.4);
        c.getStyler().setYAxisMax(n + 0.6);
        c.getStyler().setYAxisTickMarkSpacingHint(20);
        List<String> bottomUp = new ArrayList<>(parameters);
        Collections.reverse(bottomUp);
        List<String> tickLabels = Draw.fitRowLabels(bottomUp);
        c.setCustomYAxisTickLabelsFormatter(v -> Draw.rowLabel(v - 1, tickLabels));
        return new NamedChart(name, title, caption, c, List.of("first order", "total"));
    }

    /** The parameters of a measure and response, in table order. */
    private static List<String> parameters(Table t, String measure, String response) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (!Rows.has(t, "measure", "response", "parameter", "index", "estimate")) {
            return List.of();
        }
        for (int r : Rows.where(t, "measure", measure, "response", response)) {
            out.add(Rows.str(t, "parameter", r));
        }
        return new ArrayList<>(out);
    }

    private static double value(Table t, String measure, String response, String parameter, String index,
                                String column) {
        if (!t.columnNames().contains(column)) {
            return Double.NaN;
        }
        for (int r : Rows.where(t, "measure", measure, "response", response, "parameter", parameter, "index", index)) {
            return Rows.num(t, column, r);
        }
        return Double.NaN;
    }
}
