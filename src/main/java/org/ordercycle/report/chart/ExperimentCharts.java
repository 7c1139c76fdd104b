package org.ordercycle.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;

/** Charts of designed experiments: the tornado of lever effects and the heat map of a sweep. */
final class ExperimentCharts {
    static final int TOP_TERMS = 12;
    private static final Color SIGNIFICANT = new Color(0x444444);
    private static final Color NOT_SIGNIFICANT = new Color(0xC8C8C8);
    private static final double HALF_BAR = 0.32;

    private ExperimentCharts() {
    }

    private record Effect(String term, double effect, double low, double high, boolean significant) {
    }

    static List<NamedChart> attribution(Table effects) {
        List<NamedChart> out = new ArrayList<>();
        if (!Rows.has(effects, "measure", "term", "effect")) {
            return out;
        }
        Map<String, List<Effect>> byMeasure = new LinkedHashMap<>();
        boolean ci = Rows.has(effects, "ci_low", "ci_high");
        boolean sig = Rows.has(effects, "significant");
        for (int r = 0; r < effects.rowCount(); r++) {
            double e = Rows.num(effects, "effect", r);
            if (!Double.isFinite(e)) {
                continue;
            }
            double lo = ci ? Rows.num(effects, "ci_low", r) : Double.NaN;
            double hi = ci ? Rows.num(effects, "ci_high", r) : Double.NaN;
            boolean s = sig ? "true".equalsIgnoreCase(Rows.str(effects, "significant", r).trim())
                    : lo > 0 || hi < 0;
            byMeasure.computeIfAbsent(Rows.str(effects, "measure", r), k -> new ArrayList<>())
                    .add(new Effect(Rows.str(effects, "term", r), e, lo, hi, s));
        }
        byMeasure.forEach((m, list) -> out.add(tornado(m, list)));
        return out;
    }

    private static NamedChart tornado(String measure, List<Effect> all) {
        String name = "attribution-" + NamedChart.stem(measure);
        String label = Rows.label(measure);
        String title = "What moves " + label.toLowerCase(Locale.ROOT);
        boolean share = Rows.isShare(measure);
        String unit = share ? "percentage points" : Rows.unit(measure);
        String caption = "Effect on " + label.toLowerCase(Locale.ROOT) + " of switching each lever (or pair of "
                + "levers) from its siloed to its joint setting, in " + (unit.isEmpty() ? "the measure's unit" : unit)
                + ", largest first, with 95% confidence intervals; dark bars are significant.";
        List<Effect> terms = new ArrayList<>(all);
        terms.sort(Comparator.comparingDouble((Effect e) -> -Math.abs(e.effect())));
        terms = terms.subList(0, Math.min(TOP_TERMS, terms.size()));
        double k = share ? 100 : 1;
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title,
                "effect on " + label.toLowerCase(Locale.ROOT) + (unit.isEmpty() ? "" : " (" + unit + ")"), "");
        c.getStyler().setLegendPosition(LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        int n = terms.size();
        Draw.roundTicks(c, 0, 0.4);
        List<String> labels = new ArrayList<>();
        boolean sigShown = false;
        boolean nsShown = false;
        List<Double> ex = new ArrayList<>();
        List<Double> ey = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Effect e = terms.get(i);
            double y = n - i;
            labels.add(e.term());
            double v = e.effect() * k;
            XYSeries bar = c.addSeries(e.term(), new double[] {0, v, v, 0, 0},
                    new double[] {y - HALF_BAR, y - HALF_BAR, y + HALF_BAR, y + HALF_BAR, y - HALF_BAR});
            bar.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            bar.setMarker(SeriesMarkers.NONE);
            Color colour = e.significant() ? SIGNIFICANT : NOT_SIGNIFICANT;
            bar.setFillColor(colour);
            bar.setLineColor(colour);
            bar.setLineStyle(Theme.solid(0.5f));
            boolean legend = e.significant() ? !sigShown : !nsShown;
            bar.setShowInLegend(legend);
            if (legend) {
                bar.setLabel(e.significant() ? "significant" : "not significant");
                sigShown |= e.significant();
                nsShown |= !e.significant();
            }
            if (Double.isFinite(e.low()) && Double.isFinite(e.high())) {
                double lo = e.low() * k;
                double hi = e.high() * k;
                double cap = HALF_BAR * 0.6;
                addAll(ex, lo, lo, Double.NaN, lo, hi, Double.NaN, hi, hi, Double.NaN);
                addAll(ey, y - cap, y + cap, Double.NaN, y, y, Double.NaN, y - cap, y + cap, Double.NaN);
            }
        }
        valueLabels(c, terms.subList(0, n), k, measure);
        if (!ex.isEmpty()) {
            XYSeries interval = Draw.line(c, "95% interval", Draw.doubles(ex), Draw.doubles(ey), Theme.BLACK,
                    Theme.solid(1.8f));
            interval.setLineStyle(new java.awt.BasicStroke(1.8f));
        }
        Draw.line(c, "zero", new double[] {0, 0}, new double[] {0.4, n + 0.6}, Theme.GREY, Theme.solid(1.2f))
                .setShowInLegend(false);
        c.getStyler().setYAxisMin(0.4);
        c.getStyler().setYAxisMax(n + 0.6);
        c.getStyler().setYAxisTickMarkSpacingHint(20);
        List<String> bottomUp = new ArrayList<>(labels);
        java.util.Collections.reverse(bottomUp);
        bottomUp = Draw.fitRowLabels(bottomUp);
        List<String> tickLabels = bottomUp;
        c.setCustomYAxisTickLabelsFormatter(v -> Draw.rowLabel(v - 1, tickLabels));
        Draw.xAxisFor(c, measure);
        return new NamedChart(name, title, caption, c, labels).withNote("bars: effect, whiskers: 95% interval");
    }

    private static void addAll(List<Double> l, double... v) {
        for (double d : v) {
            l.add(d);
        }
    }

    static NamedChart sweepHeatMap(Table sweep, String xParameter, String yParameter, String measure,
                                   String policy) {
        String name = "sweep-" + NamedChart.stem(measure) + "-" + NamedChart.slug(policy);
        String label = Rows.label(measure);
        String title = label + " across the sweep: " + policy;
        String unit = Rows.unit(measure);
        String caption = "Mean " + label.toLowerCase(Locale.ROOT) + (unit.isEmpty() ? "" : " (" + unit + ")")
                + " under the " + policy + " policy at each combination of " + xParameter + " and " + yParameter
                + "; lighter is higher, blank cells were not run.";
        if (!Rows.has(sweep, xParameter, yParameter, "policy", "measure", "mean")) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        boolean seg = Rows.has(sweep, "segment");
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        List<Object[]> xs = new ArrayList<>();
        List<Object[]> ys = new ArrayList<>();
        for (int r = 0; r < sweep.rowCount(); r++) {
            if (!policy.equals(Rows.str(sweep, "policy", r)) || !measure.equals(Rows.str(sweep, "measure", r))
                    || seg && !Rows.ALL.equals(Rows.str(sweep, "segment", r))) {
                continue;
            }
            double v = Rows.num(sweep, "mean", r);
            if (!Double.isFinite(v)) {
                continue;
            }
            String x = value(sweep, xParameter, r, xs);
            String y = value(sweep, yParameter, r, ys);
            cells.computeIfAbsent(x, q -> new LinkedHashMap<>()).put(y, v * Rows.scale(measure));
        }
        if (cells.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        List<String> xLabels = sortedLabels(xs);
        List<String> yLabels = sortedLabels(ys);
        List<Number[]> data = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xLabels.size(); i++) {
            for (int j = 0; j < yLabels.size(); j++) {
                Double v = cells.getOrDefault(xLabels.get(i), Map.of()).get(yLabels.get(j));
                if (v != null) {
                    data.add(new Number[] {i, j, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        // Money in thousands when large, so the cells stay short.
        boolean thousands = Rows.isMoney(measure) && Math.max(Math.abs(min), Math.abs(max)) >= 1e5;
        if (thousands) {
            for (Number[] d : data) {
                d[2] = d[2].doubleValue() / 1000;
            }
            min /= 1000;
            max /= 1000;
            unit = unit + ", thousands";
        }
        // The gradient legend shows no series name: the unit goes into the title.
        title = label + (unit.isEmpty() ? "" : " (" + unit + ")") + " across the sweep: " + policy;
        HeatMapChart c = Theme.heatMap(Theme.WIDTH, Theme.HEIGHT, title, xParameter, yParameter);
        String seriesName = label + (unit.isEmpty() ? "" : " (" + unit + ")");
        c.addSeries(seriesName, xLabels, yLabels, data);
        // a colour scale in five bands: XChart writes a continuous bar's bounds as Double.toString
        // ("1880.0"), a banded one's with the cells' formatter; bounds rounded outwards to three digits
        c.getStyler().setPiecewise(true);
        c.getStyler().setPiecewiseRanged(true);
        c.getStyler().setSplitNumber(5);
        double low = Numbers.round(min, java.math.RoundingMode.FLOOR);
        double high = Numbers.round(max, java.math.RoundingMode.CEILING);
        c.getStyler().setMin(low);
        c.getStyler().setMax(high > low ? high : Numbers.round(low + 1, java.math.RoundingMode.CEILING));
        boolean fewCells = xLabels.size() * yLabels.size() <= 64;
        c.getStyler().setShowValue(fewCells);
        c.getStyler().setValueFontColor(Theme.BLACK);
        c.getStyler().setValueFont(Theme.TICKS);
        // cells are written with a pattern only (XChart 4.0.3): one that gives three significant digits
        String pattern = Numbers.pattern(Math.max(Math.abs(min), Math.abs(max)));
        c.getStyler().setHeatMapValueDecimalPattern(pattern);
        // the bands' labels written as the cells are
        c.getStyler().setHeatMapDecimalValueFormatter(
                v -> new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v));
        return new NamedChart(name, title, caption, c, List.of(seriesName)).withNote("cells: means over replications");
    }

    /**
     * Each bar's effect written on the other side of zero from the bar, past its interval, so that
     * bars and whiskers stay clear; invisible points widen the axis to keep the labels inside.
     */
    private static void valueLabels(XYChart c, List<Effect> terms, double k, String measure) {
        double reach = 0;
        for (Effect e : terms) {
            reach = Math.max(reach, Math.abs(e.effect() * k));
            if (Double.isFinite(e.low()) && Double.isFinite(e.high())) {
                reach = Math.max(reach, Math.max(Math.abs(e.low() * k), Math.abs(e.high() * k)));
            }
        }
        double gap = 0.12 * reach;
        c.getStyler().setAnnotationTextFont(Theme.LEGEND);
        c.getStyler().setAnnotationTextFontColor(Theme.BLACK);
        int n = terms.size();
        for (int i = 0; i < n; i++) {
            Effect e = terms.get(i);
            double v = e.effect() * k;
            double near = v >= 0 ? Math.min(0, finiteOr(e.low() * k, 0)) : Math.max(0, finiteOr(e.high() * k, 0));
            double x = v >= 0 ? near - gap : near + gap;
            String text = Rows.isMoney(measure) ? Theme.money(v) : Numbers.format(v);
            c.addAnnotation(new org.knowm.xchart.AnnotationText(v > 0 ? "+" + text : text, x, n - i, false));
            XYSeries room = c.addSeries("label room " + i, new double[] {v >= 0 ? x - gap : x + gap},
                    new double[] {n - i});
            room.setMarker(SeriesMarkers.NONE);
            room.setShowInLegend(false);
            room.setLineColor(new Color(0, 0, 0, 0));
        }
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    /** The cell label of a parameter value, remembering its numeric value (or NaN) for sorting. */
    private static String value(Table t, String column, int r, List<Object[]> seen) {
        String label;
        double numeric;
        if (t.column(column) instanceof NumberColumn<?, ?>) {
            numeric = Rows.num(t, column, r);
            label = number(numeric);
        } else {
            label = Rows.str(t, column, r);
            numeric = Double.NaN;
            try {
                numeric = Double.parseDouble(label);
            } catch (NumberFormatException e) {
                // a text value: keeps table order
            }
        }
        String l = label;
        if (seen.stream().noneMatch(o -> o[0].equals(l))) {
            seen.add(new Object[] {label, numeric, seen.size()});
        }
        return label;
    }

    private static List<String> sortedLabels(List<Object[]> seen) {
        List<Object[]> s = new ArrayList<>(seen);
        boolean numeric = s.stream().allMatch(o -> Double.isFinite((Double) o[1]));
        s.sort(numeric ? Comparator.comparingDouble(o -> (Double) o[1]) : Comparator.comparingInt(o -> (Integer) o[2]));
        return s.stream().map(o -> (String) o[0]).toList();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
