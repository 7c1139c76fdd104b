package org.ordercycle.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.Table;

/**
 * The swimlane of sampled order journeys (journeys.csv): one lane per department, plus the
 * hand-off lane where nobody owns the order; each journey is a step-shaped line, horizontal while
 * a lane owns the order and vertical at each hand-off. Policies are offset slightly within a lane.
 */
final class JourneyChart {
    static final String HANDOFF = "(hand-off)";
    /** Vertical room in a lane shared by the policies (lane spacing is 1). */
    private static final double BAND = 0.5;

    /** Lanes in the order an order meets them along the cycle. */
    static final List<String> CYCLE = List.of("sales", "order entry", "junior selection", "executive selection",
            "production", "warehouse", "logistics provider", "customer", "billing", "returns", "service");

    private JourneyChart() {
    }

    private record Interval(String lane, double start, double end) {
    }

    static NamedChart orderJourneys(Table journeys, List<String> policies) {
        String name = "order-journeys";
        String title = "Order journeys through the departments";
        String caption = "Sampled customer journeys, the same customers under each policy: the department that owns "
                + "the order (or the hand-off lane when nobody does) against days since the lead arrived; lines are "
                + "offset slightly by policy.";
        if (!Rows.has(journeys, "policy", "journey", "lane", "start_day", "end_day")) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        // policy -> journey -> intervals
        Map<String, Map<String, List<Interval>>> byPolicy = new LinkedHashMap<>();
        Map<String, double[]> laneStarts = new LinkedHashMap<>(); // lane -> {sum of start, count}
        List<String> journeyIds = new ArrayList<>();
        for (int r = 0; r < journeys.rowCount(); r++) {
            String p = Rows.str(journeys, "policy", r);
            if (!policies.contains(p)) {
                continue;
            }
            String lane = Rows.str(journeys, "lane", r);
            double start = Rows.num(journeys, "start_day", r);
            double end = Rows.num(journeys, "end_day", r);
            if (lane.isEmpty() || !Double.isFinite(start)) {
                continue;
            }
            String j = Rows.str(journeys, "journey", r);
            if (!journeyIds.contains(j)) {
                journeyIds.add(j);
            }
            byPolicy.computeIfAbsent(p, k -> new LinkedHashMap<>()).computeIfAbsent(j, k -> new ArrayList<>())
                    .add(new Interval(lane, start, Double.isFinite(end) ? Math.max(end, start) : start));
            double[] acc = laneStarts.computeIfAbsent(lane, k -> new double[2]);
            acc[0] += start;
            acc[1]++;
        }
        if (byPolicy.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        // Lanes top-down in the order orders usually reach them; the hand-off lane at the bottom.
        List<String> lanes = new ArrayList<>(laneStarts.keySet());
        lanes.remove(HANDOFF);
        // the departments of the model in the order of the cycle; any other lane after them, by mean start
        lanes.sort(Comparator.comparingInt((String l) -> CYCLE.indexOf(l) < 0 ? CYCLE.size() : CYCLE.indexOf(l))
                .thenComparingDouble(l -> laneStarts.get(l)[0] / laneStarts.get(l)[1]));
        Map<String, Integer> laneY = new LinkedHashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            laneY.put(lanes.get(i), lanes.size() - i);
        }
        laneY.put(HANDOFF, 0);
        List<String> yLabels = new ArrayList<>();
        for (int y = 0; y <= lanes.size(); y++) {
            yLabels.add(y == 0 ? HANDOFF : lanes.get(lanes.size() - y));
        }

        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "days since the lead arrived", "");
        c.getStyler().setLegendPosition(LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        List<String> shown = policies.stream().filter(byPolicy::containsKey).toList();
        int m = shown.size();
        int jn = journeyIds.size();
        Draw.roundTicks(c, 0, -0.5);
        double xMax = 0;
        for (int pi = 0; pi < m; pi++) {
            String p = shown.get(pi);
            double policyOffset = m == 1 ? 0 : (pi - (m - 1) / 2.0) * BAND / m;
            Color colour = Theme.policy(p, policies);
            Color line = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 190);
            boolean first = true;
            for (Map.Entry<String, List<Interval>> e : byPolicy.get(p).entrySet()) {
                int k = journeyIds.indexOf(e.getKey());
                double jitter = jn <= 1 ? 0 : (k / (double) (jn - 1) - 0.5) * BAND / m * 0.8;
                List<Interval> iv = new ArrayList<>(e.getValue());
                iv.sort(Comparator.comparingDouble(Interval::start));
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (Interval i : iv) {
                    double y = laneY.get(i.lane()) + policyOffset + jitter;
                    xs.add(i.start());
                    ys.add(y);
                    xs.add(i.end());
                    ys.add(y);
                    xMax = Math.max(xMax, i.end());
                }
                XYSeries s = Draw.line(c, p + " · " + e.getKey(), Draw.doubles(xs), Draw.doubles(ys), line,
                        Theme.solid(2f));
                s.setShowInLegend(first);
                if (first) {
                    s.setLabel(p);
                    s.setLineColor(colour);
                }
                first = false;
            }
        }
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(Draw.niceCeil(xMax));
        c.getStyler().setYAxisMin(-0.5);
        c.getStyler().setYAxisMax(lanes.size() + 0.5);
        c.getStyler().setYAxisTickMarkSpacingHint(20);
        List<String> laneLabels = Draw.fitRowLabels(yLabels);
        c.setCustomYAxisTickLabelsFormatter(v -> Draw.rowLabel(v, laneLabels));
        return new NamedChart(name, title, caption, c, shown);
    }
}
