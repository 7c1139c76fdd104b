package org.ordercycle.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.Table;

/** Line charts over days: the lead-time distribution and the period series of periods.csv. */
final class TimeCharts {
    /** The x axis of the lead-time distribution ends where every policy has reached this share. */
    static final double ECDF_CLIP = 0.99;

    private TimeCharts() {
    }

    static NamedChart leadTimeDistribution(Table ecdf, List<String> policies) {
        String name = "lead-time-distribution";
        String title = "How long delivery takes";
        String caption = "Share of delivered orders delivered within a given number of days of being placed "
                + "(cumulative distribution of lead time), in percent, per policy, shaded over its 95% interval; the "
                + "axis ends where every policy has delivered 99 percent of its orders.";
        List<String> shown = new ArrayList<>();
        List<double[][]> curves = new ArrayList<>();
        List<double[][]> bands = new ArrayList<>();
        boolean withBands = Rows.has(ecdf, "ci_low", "ci_high");
        double clip = 0;
        if (Rows.has(ecdf, "policy", "days", "share")) {
            for (String p : policies) {
                TreeMap<Double, Double> points = new TreeMap<>();
                TreeMap<Double, double[]> band = new TreeMap<>();
                for (int r : Rows.where(ecdf, "policy", p)) {
                    double d = Rows.num(ecdf, "days", r);
                    double v = Rows.num(ecdf, "share", r);
                    if (Double.isFinite(d) && Double.isFinite(v)) {
                        points.put(d, v);
                        double lo = withBands ? Rows.num(ecdf, "ci_low", r) : Double.NaN;
                        double hi = withBands ? Rows.num(ecdf, "ci_high", r) : Double.NaN;
                        if (Double.isFinite(lo) && Double.isFinite(hi)) {
                            band.put(d, new double[] {Math.max(0, lo), Math.min(1, hi)});
                        }
                    }
                }
                if (points.isEmpty()) {
                    continue;
                }
                double reach = points.lastKey();
                for (Map.Entry<Double, Double> e : points.entrySet()) {
                    if (e.getValue() >= ECDF_CLIP) {
                        reach = e.getKey();
                        break;
                    }
                }
                clip = Math.max(clip, reach);
                shown.add(p);
                curves.add(new double[][] {
                    points.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                    points.values().stream().mapToDouble(v -> v * 100).toArray()});
                bands.add(new double[][] {
                    band.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                    band.values().stream().mapToDouble(b -> b[0] * 100).toArray(),
                    band.values().stream().mapToDouble(b -> b[1] * 100).toArray()});
            }
        }
        if (shown.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "lead time (days)", "delivered orders (%)");
        c.getStyler().setLegendPosition(LegendPosition.InsideSE);
        double xMax = Draw.niceCeil(clip);
        Draw.roundTicks(c, xMax, 0);
        for (int i = 0; i < shown.size(); i++) { // bands first, so that every curve lies on top
            Draw.band(c, shown.get(i) + " (95% interval)", bands.get(i), xMax, Theme.policy(shown.get(i), policies));
        }
        for (int i = 0; i < shown.size(); i++) {
            double[][] xy = curves.get(i);
            int n = 0;
            while (n < xy[0].length && xy[0][n] <= xMax) {
                n++;
            }
            n = Math.max(n, 1);
            Draw.line(c, shown.get(i), java.util.Arrays.copyOf(xy[0], n), java.util.Arrays.copyOf(xy[1], n),
                    Theme.policy(shown.get(i), policies), Theme.solid(3f));
        }
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(xMax);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(100.0);
        return new NamedChart(name, title, caption, c, shown).withNote("shaded: 95% intervals");
    }

    /** One series of periods.csv: x = start_day, y = mean, for product 'all'. */
    static double[][] series(Table periods, String policy, String series) {
        TreeMap<Double, Double> points = new TreeMap<>();
        for (int r : Rows.where(periods, "policy", policy, "product", Rows.ALL, "series", series)) {
            double d = Rows.num(periods, "start_day", r);
            double v = Rows.num(periods, "mean", r);
            if (Double.isFinite(d) && Double.isFinite(v)) {
                points.put(d, v);
            }
        }
        return new double[][] {points.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
            points.values().stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /** Width of the plot area of a full-width chart with its legend on the right, at 1x (measured). */
    private static final double PLOT_WIDTH = 680;

    /**
     * The typical horizontal length in pixels of one segment between neighbouring points of x, on an
     * axis from 0 to the last x (the median spacing, so that a gap in the data does not count).
     */
    static double segmentPixels(double[] x) {
        if (x.length < 2 || !(x[x.length - 1] > 0)) {
            return 14;
        }
        double[] dx = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            dx[i - 1] = x[i] - x[i - 1];
        }
        java.util.Arrays.sort(dx);
        return PLOT_WIDTH * dx[dx.length / 2] / Draw.niceCeil(x[x.length - 1]);
    }

    private static boolean periodsReadable(Table periods) {
        return Rows.has(periods, "policy", "start_day", "product", "series", "mean");
    }

    static List<NamedChart> demandForecastPlan(Table periods, List<String> policies, double warmupDays) {
        List<NamedChart> out = new ArrayList<>();
        String[][] lines = {{"demand", "actual demand"}, {"forecast", "forecast handed to production"},
            {"plan", "production plan"}};
        Color[] colours = {Theme.BLACK, Theme.ORANGE, Theme.BLUISH_GREEN};
        for (String p : policies) {
            String name = "demand-forecast-plan-" + NamedChart.slug(p);
            String title = "Demand, forecast and plan: " + p;
            String caption = "Actual demand, the forecast handed to production and the production plan in each "
                    + "planning period under the " + p + " policy, in units per period, all products together; "
                    + "the grey band is the warm-up, which is not measured.";
            XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "period start (day)", "units per period");
            c.getStyler().setLegendPosition(LegendPosition.OutsideS);
            c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
            List<double[][]> data = new ArrayList<>();
            double yMax = 0;
            for (String[] l : lines) {
                double[][] xy = periodsReadable(periods) ? series(periods, p, l[0]) : new double[][] {{}, {}};
                data.add(xy);
                for (double v : xy[1]) {
                    yMax = Math.max(yMax, v);
                }
            }
            if (data.stream().allMatch(xy -> xy[0].length == 0)) {
                out.add(Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT));
                continue;
            }
            double top = Draw.niceCeil(yMax * 1.05);
            Draw.roundTicks(c, data.stream().mapToDouble(xy -> xy[0].length == 0 ? 0 : xy[0][xy[0].length - 1])
                    .max().orElse(0), 0);
            Draw.warmup(c, warmupDays, 0, top);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                double[][] xy = data.get(i);
                if (xy[0].length > 0) {
                    Draw.line(c, lines[i][1], xy[0], xy[1], colours[i],
                            i == 1 ? Theme.dashed(2.5f, segmentPixels(xy[0])) : Theme.solid(i == 0 ? 3f : 2.5f));
                    names.add(lines[i][1]);
                }
            }
            c.getStyler().setYAxisMin(0.0);
            c.getStyler().setYAxisMax(top);
            c.getStyler().setXAxisMin(0.0);
            out.add(new NamedChart(name, title, caption, c, names).withNote("means over replications"));
        }
        return out;
    }

    static NamedChart inventoryBacklog(Table periods, List<String> policies, double warmupDays) {
        String caption = "Units in stock (solid) and units ordered but not yet shipped (dashed) at the end of each "
                + "planning period, per policy, all products together; the grey band is the warm-up, which is not "
                + "measured.";
        return solidAndDashed(periods, policies, warmupDays, new Look("inventory-backlog", "Inventory and backlog",
                caption, "units at period end", 1, 0), "inventory", "inventory", "backlog", "backlog");
    }

    static NamedChart planningBiases(Table periods, List<String> policies, double warmupDays) {
        String caption = "Solid: the share marketing added to its statistical forecast in each planning period. "
                + "Dashed: production's estimate of that inflation, which it takes off when it plans (forecast / "
                + "plan - 1). Per policy, all products together, mean over replications; where the lines part, the "
                + "two biases do not cancel. Both are zero under a consensus forecast. The grey band is the "
                + "warm-up, which is not measured.";
        return solidAndDashed(periods, policies, warmupDays, new Look("planning-biases",
                "Marketing's inflation and production's discount", caption, "% of the forecast base", 100, 1),
                "inflation", "marketing", "inflation_estimate", "production");
    }

    /**
     * What a chart of two series per policy shows: its names, its y axis, the factor from the
     * series to the axis (100 for shares in percent) and the lowest top of the axis.
     */
    private record Look(String name, String title, String caption, String yTitle, double scale, double minTop) {
    }

    /**
     * Two series of periods.csv per policy, the first solid and the second dashed, each named
     * "policy label"; the y axis starts at 0 unless a value is negative.
     */
    private static NamedChart solidAndDashed(Table periods, List<String> policies, double warmupDays, Look look,
                                             String solidSeries, String solidLabel, String dashedSeries,
                                             String dashedLabel) {
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, look.title(), "period start (day)", look.yTitle());
        List<String> names = new ArrayList<>();
        List<Runnable> draw = new ArrayList<>();
        double yMax = 0;
        double yMin = 0;
        double xLast = 0;
        for (String p : policies) {
            for (boolean solid : new boolean[] {true, false}) {
                double[][] xy = periodsReadable(periods) ? series(periods, p, solid ? solidSeries : dashedSeries)
                        : new double[][] {{}, {}};
                if (xy[0].length == 0) {
                    continue;
                }
                double[] y = new double[xy[1].length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = look.scale() * xy[1][i];
                    yMax = Math.max(yMax, y[i]);
                    yMin = Math.min(yMin, y[i]);
                }
                xLast = Math.max(xLast, xy[0][xy[0].length - 1]);
                String label = p + " " + (solid ? solidLabel : dashedLabel);
                names.add(label);
                double segment = segmentPixels(xy[0]);
                draw.add(() -> Draw.line(c, label, xy[0], y, Theme.policy(p, policies),
                        solid ? Theme.solid(2.5f) : Theme.dashed(2.5f, segment)));
            }
        }
        if (names.isEmpty()) {
            return Draw.noData(look.name(), look.title(), look.caption(), Theme.WIDTH, Theme.HEIGHT);
        }
        double top = Draw.niceCeil(Math.max(look.minTop(), yMax * 1.05));
        double bottom = yMin < 0 ? -Draw.niceCeil(-yMin * 1.05) : 0;
        Draw.roundTicks(c, xLast, 0);
        Draw.warmup(c, warmupDays, bottom, top);
        draw.forEach(Runnable::run);
        c.getStyler().setYAxisMin(bottom);
        c.getStyler().setYAxisMax(top);
        c.getStyler().setXAxisMin(0.0);
        return new NamedChart(look.name(), look.title(), look.caption(), c, names).withNote("means over replications");
    }
}
