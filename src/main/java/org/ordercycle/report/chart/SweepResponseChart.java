package org.ordercycle.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;

/**
 * A measure against one swept parameter: the mean at each design point with its 95% interval as
 * a bar, one colour per policy. For a sweep of one parameter the points are joined; when other
 * parameters vary too (a Latin hypercube of several), they are not, since neighbours on the axis
 * differ in the other parameters.
 */
final class SweepResponseChart {
    private SweepResponseChart() {
    }

    static NamedChart draw(Table sweep, String parameter, String measure, List<String> policies, boolean joined) {
        String name = "sweep-" + NamedChart.stem(measure) + "-by-" + NamedChart.stem(parameter);
        String label = Rows.label(measure);
        String title = label + " against " + parameter;
        String caption = label + " at each design point of the sweep (mean over replications) against " + parameter
                + ", per policy; bars are 95% intervals"
                + (joined ? "." : "; the other swept parameters vary between points, so the points are not joined.");
        if (!Rows.has(sweep, parameter, "policy", "measure", "mean")
                || !(sweep.column(parameter) instanceof NumberColumn)) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        boolean seg = Rows.has(sweep, "segment");
        boolean intervals = Rows.has(sweep, "ci_low", "ci_high");
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, parameter, Rows.axis(measure));
        c.getStyler().setErrorBarsColorSeriesColor(true);
        c.getStyler().setXAxisDecimalPattern("0.###"); // XChart would print .02
        Draw.yAxisFor(c, measure);
        List<String> shown = new ArrayList<>();
        for (String policy : policies) {
            List<double[]> points = new ArrayList<>();
            for (int r : Rows.where(sweep, "policy", policy, "measure", measure)) {
                if (seg && !Rows.ALL.equals(Rows.str(sweep, "segment", r))) {
                    continue;
                }
                double x = Rows.num(sweep, parameter, r);
                double y = Rows.num(sweep, "mean", r);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    continue;
                }
                double half = intervals ? (Rows.num(sweep, "ci_high", r) - Rows.num(sweep, "ci_low", r)) / 2 : 0;
                points.add(new double[] {x, y, Double.isFinite(half) ? half : 0});
            }
            if (points.isEmpty()) {
                continue;
            }
            points.sort(Comparator.comparingDouble(p -> p[0]));
            double scale = Rows.scale(measure);
            XYSeries s = c.addSeries(policy, points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1] * scale).toArray(),
                    points.stream().mapToDouble(p -> p[2] * scale).toArray());
            s.setXYSeriesRenderStyle(joined ? XYSeriesRenderStyle.Line : XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Theme.policy(policy, policies));
            s.setLineColor(Theme.policy(policy, policies));
            s.setLineStyle(Theme.solid(2.5f));
            shown.add(policy);
        }
        if (shown.isEmpty()) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        return new NamedChart(name, title, caption, c, shown).withNote("whiskers: 95% intervals");
    }
}
