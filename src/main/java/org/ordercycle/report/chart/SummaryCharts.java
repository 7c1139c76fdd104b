package org.ordercycle.report.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.awt.Color;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.ordercycle.report.chart.Rows.Stat;
import org.ordercycle.stats.Area;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.Table;

/** Bar charts drawn from summary.csv (segment 'all'). */
final class SummaryCharts {
    private static final String[][] HEADLINE = {
        {"lead_time_mean", "headline-lead-time"},
        {"on_time_rate", "headline-on-time"},
        {"total_cost", "headline-total-cost"},
        {"billing_error_rate", "headline-billing-errors"}};
    static final List<String> ERROR_KINDS = List.of("quantity", "price", "entry", "format");
    /** Steps in cycle order; the scheduling step reports its time as "production" (model.Step). */
    static final List<String> STEPS = List.of("planning", "generation", "pricing", "entry", "selection", "scheduling",
            "production", "fulfilment", "billing", "returns", "service");
    static final List<String> KINDS = List.of("queue", "processing", "unattended", "closed");
    /** A step is shown when its total is at least this share of the largest policy's total lead time. */
    static final double NEGLIGIBLE_SHARE = 0.01;

    private SummaryCharts() {
    }

    static List<NamedChart> headline(Table summary, List<String> policies) {
        Map<String, Map<String, Stat>> s = Rows.summary(summary, Rows.ALL);
        List<NamedChart> out = new ArrayList<>();
        for (String[] h : HEADLINE) {
            out.add(headlineChart(s, policies, h[0], h[1]));
        }
        return out;
    }

    private static NamedChart headlineChart(Map<String, Map<String, Stat>> s, List<String> policies, String key,
                                            String name) {
        String title = Rows.label(key);
        String caption = Rows.measure(key).map(Measure::description).orElse(title) + ", in "
                + unitWords(key) + ", per policy, with 95% confidence intervals.";
        List<String> cats = policies.stream().filter(p -> Rows.stat(s, p, key).isPresent()).toList();
        if (cats.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.SMALL_WIDTH, Theme.SMALL_HEIGHT);
        }
        CategoryChart c = Theme.bars(Theme.SMALL_WIDTH, Theme.SMALL_HEIGHT, title, "", Rows.unit(key));
        c.getStyler().setLegendVisible(false); // the categories are the policies, named on the x axis
        c.getStyler().setOverlapped(true);
        double k = Rows.scale(key);
        double top = 0;
        Map<Double, Double> intervals = new java.util.HashMap<>();
        for (int i = 0; i < cats.size(); i++) {
            Stat st = Rows.stat(s, cats.get(i), key).orElseThrow().times(k);
            top = Math.max(top, st.mean() + st.error());
            intervals.putIfAbsent(st.mean(), st.error());
            List<Double> y = nulls(cats.size());
            List<Double> e = nulls(cats.size());
            y.set(i, st.mean());
            e.set(i, st.error());
            CategorySeries series = c.addSeries(cats.get(i), cats, y, e);
            series.setFillColor(Theme.policy(cats.get(i), policies));
        }
        c.getStyler().setYAxisMin(0.0);
        if (top > 0) {
            c.getStyler().setYAxisMax(Draw.niceCeil(top)); // a labelled tick above the highest bar
        }
        Draw.intervalLabels(c, intervals, cats.size());
        return new NamedChart(name, title, caption, c, cats).withNote(cats.size() <= Draw.BARS_WITH_INTERVAL_LABELS
                ? "bars: mean ± 95% interval" : "bars: means, whiskers: 95% intervals");
    }

    /** The cost components that add up to total_cost: money measures listed before it, less the excluded ones. */
    static List<Measure> costComponents() {
        return Arrays.stream(Measure.values())
                .filter(m -> m.area() == Area.cost && "money".equals(m.unit())
                        && m.ordinal() < Measure.TOTAL_COST.ordinal()
                        && m != Measure.IDLE_CAPACITY_COST && m != Measure.LOST_MARGIN)
                .toList();
    }

    static NamedChart costBreakdown(Table summary, List<String> policies) {
        String name = "cost-breakdown";
        String title = "Where the money goes";
        String caption = "Mean operating cost per policy split into the components of total cost, in money "
                + "(scenario currency); idle capacity is part of committed capacity and lost margin is left out.";
        Map<String, Map<String, Stat>> s = Rows.summary(summary, Rows.ALL);
        List<String> cats = policies.stream()
                .filter(p -> costComponents().stream().anyMatch(m -> Rows.stat(s, p, m.key()).isPresent())).toList();
        List<Measure> shown = costComponents().stream()
                .filter(m -> cats.stream().anyMatch(p -> Rows.stat(s, p, m.key()).map(v -> v.mean() != 0).orElse(false)))
                .toList();
        if (shown.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        // More components than colours: the smallest go together as "other".
        List<Measure> own = new ArrayList<>(shown);
        List<Measure> other = new ArrayList<>();
        if (own.size() > Theme.categoryCount()) {
            List<Measure> bySize = new ArrayList<>(shown);
            bySize.sort(Comparator.comparingDouble((Measure m) -> -largest(s, cats, m.key())));
            other.addAll(bySize.subList(Theme.categoryCount() - 1, bySize.size()));
            own.removeAll(other);
        }
        CategoryChart c = Theme.bars(Theme.WIDTH, Theme.HEIGHT, title, "policy", "mean cost (money)");
        c.getStyler().setStacked(true);
        c.getStyler().setAvailableSpaceFill(0.5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            Measure m = own.get(i);
            List<Double> y = new ArrayList<>();
            for (String p : cats) {
                y.add(Rows.stat(s, p, m.key()).map(v -> Draw.segment(v.mean())).orElse(null));
            }
            String label = componentLabel(m);
            c.addSeries(label, cats, y).setFillColor(Theme.category(i));
            names.add(label);
        }
        if (!other.isEmpty()) {
            List<Double> y = new ArrayList<>();
            for (String p : cats) {
                y.add(Draw.segment(other.stream().mapToDouble(m -> Rows.stat(s, p, m.key()).map(Stat::mean).orElse(0.0))
                        .sum()));
            }
            String label = "other (" + other.size() + " smaller)";
            c.addSeries(label, cats, y).setFillColor(Theme.OTHER);
            names.add(label);
            caption += " The smallest components are grouped as other: "
                    + String.join(", ", other.stream().map(SummaryCharts::componentLabel).toList()) + ".";
        }
        double tallest = cats.stream().mapToDouble(p -> costComponents().stream()
                .mapToDouble(m -> Rows.stat(s, p, m.key()).map(Stat::mean).orElse(0.0)).sum()).max().orElse(0);
        Draw.stackedLabels(c, 0.04 * tallest);
        return new NamedChart(name, title, caption, c, names).withNote("bars: means over replications");
    }

    static String componentLabel(Measure m) {
        return m.key().replaceFirst("_cost$", "").replace('_', ' ');
    }

    private static double largest(Map<String, Map<String, Stat>> s, List<String> cats, String key) {
        return cats.stream().mapToDouble(p -> Rows.stat(s, p, key).map(v -> Math.abs(v.mean())).orElse(0.0)).max()
                .orElse(0);
    }

    static NamedChart billingErrors(Table summary, List<String> policies) {
        String name = "billing-errors";
        String title = "Invoices with each kind of error";
        String caption = "Share of invoices carrying each kind of error (an invoice may carry several), in percent, "
                + "per policy, with 95% confidence intervals.";
        Map<String, Map<String, Stat>> s = Rows.summary(summary, Rows.ALL);
        List<String> kinds = ERROR_KINDS.stream()
                .filter(k -> policies.stream().anyMatch(p -> Rows.stat(s, p, errorKey(k)).isPresent())).toList();
        List<String> shown = policies.stream()
                .filter(p -> kinds.stream().anyMatch(k -> Rows.stat(s, p, errorKey(k)).isPresent())).toList();
        if (kinds.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        CategoryChart c = Theme.bars(Theme.WIDTH, Theme.HEIGHT, title, "kind of error", "invoices (%)");
        for (String p : shown) {
            List<Double> y = new ArrayList<>();
            List<Double> e = new ArrayList<>();
            for (String k : kinds) {
                Optional<Stat> st = Rows.stat(s, p, errorKey(k)).map(v -> v.times(100));
                y.add(st.map(Stat::mean).orElse(null));
                e.add(st.map(Stat::error).orElse(null));
            }
            c.addSeries(p, kinds, y, e).setFillColor(Theme.policy(p, policies));
        }
        // grouped bars are too narrow for "mean ± half-width": the mean, in dark text at the top of
        // the bar so that it stays readable above a bar too short to hold it; whiskers give the interval
        c.getStyler().setLabelsFontColorAutomaticEnabled(false);
        c.getStyler().setLabelsFontColor(Theme.BLACK);
        c.getStyler().setLabelsPosition(1.0);
        c.getStyler().setYAxisMin(0.0);
        return new NamedChart(name, title, caption, c, shown).withNote("bars: means, whiskers: 95% intervals");
    }

    /** Each bar's total days written just after its end, so that the values read without the axis. */
    private static void rowTotals(XYChart c, double[] totals, double axisMax) {
        c.getStyler().setAnnotationTextFont(Theme.LEGEND);
        c.getStyler().setAnnotationTextFontColor(Theme.BLACK);
        for (int y = 0; y < totals.length; y++) {
            if (totals[y] > 0) { // XChart centres the text on x: half its width (about 0.8% per character) past the bar
                String text = Numbers.format(totals[y]);
                c.addAnnotation(new org.knowm.xchart.AnnotationText(text,
                        totals[y] + (0.012 + 0.0042 * text.length()) * axisMax, y, false));
            }
        }
    }

    /**
     * Names the blank rows where the lead time starts and ends ("order placed", "delivered"), so
     * that the steps before the order exists and after delivery read apart from those it is made of.
     */
    static void markLeadTimeBounds(List<String> labels, List<String> steps, int policies) {
        int positions = labels.size();
        for (int si = 0; si + 1 < steps.size(); si++) {
            String here = steps.get(si);
            String next = steps.get(si + 1);
            int gap = positions - 1 - (si * (policies + 1) + policies);
            if (Charts.BEFORE_ORDER.contains(here) && !Charts.BEFORE_ORDER.contains(next)) {
                labels.set(gap, "— order placed —");
            } else if (!Charts.AFTER_DELIVERY.contains(here) && Charts.AFTER_DELIVERY.contains(next)) {
                labels.set(gap, "— delivered —");
            }
        }
    }

    static String errorKey(String kind) {
        return "error_" + kind + "_rate";
    }

    static NamedChart whereTheDaysGo(Table summary, List<String> policies) {
        String name = "where-the-days-go";
        String title = "Where the days go";
        String caption = "Mean days a delivered order spent in each step, split into queueing, processing, "
                + "unattended time (no one owns the order) and closed hours (nights and weekends inside a job), per policy; "
                + "steps with negligible time are left out. Steps above 'order placed' come before the order exists "
                + "and steps below 'delivered' after delivery: only the steps between them make up the lead time.";
        Map<String, Map<String, Stat>> s = Rows.summary(summary, Rows.ALL);
        // step -> kind -> policy -> mean days
        Map<String, Map<String, Map<String, Double>>> days = new LinkedHashMap<>();
        for (String st : STEPS) {
            days.put(st, new LinkedHashMap<>());
        }
        for (String p : policies) {
            for (Map.Entry<String, Stat> e : s.getOrDefault(p, Map.of()).entrySet()) {
                String[] sk = stepKind(e.getKey());
                if (sk != null) {
                    days.computeIfAbsent(sk[0], x -> new LinkedHashMap<>())
                            .computeIfAbsent(sk[1], x -> new LinkedHashMap<>()).put(p, e.getValue().mean());
                }
            }
        }
        double largestTotal = 0;
        for (String p : policies) {
            double t = 0;
            for (var byKind : days.values()) {
                for (var byPolicy : byKind.values()) {
                    t += byPolicy.getOrDefault(p, 0.0);
                }
            }
            largestTotal = Math.max(largestTotal, t);
        }
        List<String> steps = new ArrayList<>();
        for (var e : days.entrySet()) {
            double most = 0;
            for (String p : policies) {
                double t = e.getValue().values().stream().mapToDouble(m -> m.getOrDefault(p, 0.0)).sum();
                most = Math.max(most, t);
            }
            if (most > 0 && most >= NEGLIGIBLE_SHARE * largestTotal) {
                steps.add(e.getKey());
            }
        }
        if (steps.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        List<String> shownPolicies = policies.stream().filter(s::containsKey).toList();
        List<String> kinds = new ArrayList<>(KINDS);
        days.values().forEach(m -> m.keySet().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add));
        // Horizontal stacked bars drawn as rectangles: one row per step and policy, a blank row between steps.
        int m = shownPolicies.size();
        int positions = steps.size() * (m + 1) - 1;
        int height = Math.max(Theme.HEIGHT, 190 + 36 * positions); // room for a label on every row
        XYChart c = Theme.xy(Theme.WIDTH, height, title, "mean days per delivered order", "");
        c.getStyler().setLegendPosition(LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        List<String> labels = new ArrayList<>(); // bottom-up, "" for the gaps
        for (int i = 0; i < positions; i++) {
            labels.add("");
        }
        double[] start = new double[positions];
        double xMax = 0;
        Draw.roundTicks(c, 0, -0.6);
        List<String> names = new ArrayList<>();
        for (String kind : kinds) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int si = 0; si < steps.size(); si++) {
                for (int pi = 0; pi < m; pi++) {
                    int y = positions - 1 - (si * (m + 1) + pi);
                    labels.set(y, steps.get(si) + " · " + shownPolicies.get(pi));
                    Double v = days.get(steps.get(si)).getOrDefault(kind, Map.of()).get(shownPolicies.get(pi));
                    if (v == null || !(v > 0)) {
                        continue;
                    }
                    double x0 = start[y];
                    double x1 = x0 + v;
                    start[y] = x1;
                    xMax = Math.max(xMax, x1);
                    double h = 0.4;
                    for (double[] pt : new double[][] {{x0, y - h}, {x1, y - h}, {x1, y + h}, {x0, y + h},
                        {x0, y - h}, {Double.NaN, Double.NaN}}) {
                        xs.add(pt[0]);
                        ys.add(pt[1]);
                    }
                }
            }
            if (!xs.isEmpty()) {
                String label = "queue".equals(kind) ? "queueing" : kind;
                XYSeries series = c.addSeries(label, Draw.doubles(xs), Draw.doubles(ys));
                series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
                series.setMarker(SeriesMarkers.NONE);
                series.setFillColor(Theme.timeKind(kind));
                series.setLineColor(Color.WHITE);
                series.setLineStyle(Theme.solid(1f));
                names.add(label);
            }
        }
        markLeadTimeBounds(labels, steps, m);
        double axisMax = Draw.niceCeil(xMax * 1.12); // room for the totals written after the bars
        rowTotals(c, start, axisMax);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(axisMax);
        c.getStyler().setYAxisMin(-0.6);
        c.getStyler().setYAxisMax(positions - 0.4);
        c.getStyler().setYAxisTickMarkSpacingHint(40);
        List<String> rowLabels = Draw.fitRowLabels(labels);
        c.setCustomYAxisTickLabelsFormatter(v -> Draw.rowLabel(v, rowLabels));
        return new NamedChart(name, title, caption, c, names).withNote("bars: means over replications");
    }

    /** {step, kind} of a key {@code step_time[step.kind]}, or null. */
    static String[] stepKind(String key) {
        if (!key.startsWith("step_time[") || !key.endsWith("]")) {
            return null;
        }
        String inner = key.substring("step_time[".length(), key.length() - 1);
        int dot = inner.lastIndexOf('.');
        return dot <= 0 ? null : new String[] {inner.substring(0, dot), inner.substring(dot + 1)};
    }

    static String unitWords(String key) {
        return switch (Rows.unit(key)) {
            case "%" -> "percent";
            case "money" -> "money (scenario currency)";
            case "" -> "the measure's unit";
            default -> Rows.unit(key);
        };
    }

    private static List<Double> nulls(int n) {
        List<Double> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(null);
        }
        return l;
    }
}
