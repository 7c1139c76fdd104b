package org.ordercycle.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/**
 * Charts of scenario discovery: the PRIM trade-off curve from trajectory.csv and the chosen box
 * over the points of points.csv.
 */
final class DiscoveryCharts {
    private DiscoveryCharts() {
    }

    /** Coverage against density for every box of the peeling trajectory, the chosen box marked. */
    static NamedChart tradeOff(Table trajectory) {
        String title = "PRIM trade-off: coverage against density";
        String caption = "Each point is a box of the peeling trajectory: right, a larger share of the box's points "
                + "meets the condition (density); up, the box holds a larger share of all the points that meet it "
                + "(coverage). The chosen box is marked.";
        if (!Rows.has(trajectory, "coverage", "density", "chosen") || trajectory.rowCount() == 0) {
            return Draw.noData("prim-trade-off", title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "density", "coverage");
        List<Double> cx = new ArrayList<>();
        List<Double> cy = new ArrayList<>();
        double[] chosen = null;
        for (int r = 0; r < trajectory.rowCount(); r++) {
            double d = Rows.num(trajectory, "density", r);
            double cov = Rows.num(trajectory, "coverage", r);
            cx.add(d);
            cy.add(cov);
            if (Rows.num(trajectory, "chosen", r) == 1) {
                chosen = new double[] {d, cov};
            }
        }
        XYSeries s = c.addSeries("peeling trajectory", Draw.doubles(cx), Draw.doubles(cy));
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(Theme.BLUE);
        s.setMarkerColor(Theme.BLUE);
        if (chosen != null) {
            XYSeries box = c.addSeries("chosen box", new double[] {chosen[0]}, new double[] {chosen[1]});
            box.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            box.setMarker(SeriesMarkers.DIAMOND);
            box.setMarkerColor(Theme.VERMILLION);
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(1.0);
        return new NamedChart("prim-trade-off", title, caption, c, List.of("peeling trajectory", "chosen box"));
    }

    /** The points over two parameters, marked by whether the condition holds, and the box's limits on them. */
    static NamedChart box(Table points, double[] xLimits, double[] yLimits, String xParameter, String yParameter) {
        String name = "prim-box";
        String title = "Where the condition holds";
        String caption = "Each design point over " + xParameter + " and " + yParameter + ": where the "
                + "condition holds (green) or does not (grey); the rectangle is the chosen PRIM box on these two "
                + "parameters.";
        if (!Rows.has(points, xParameter, yParameter, "holds")) {
            return Draw.noData(name, title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, xParameter, yParameter);
        for (int holds = 1; holds >= 0; holds--) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int r = 0; r < points.rowCount(); r++) {
                if (Rows.num(points, "holds", r) == holds) {
                    px.add(Rows.num(points, xParameter, r));
                    py.add(Rows.num(points, yParameter, r));
                }
            }
            if (px.isEmpty()) {
                continue;
            }
            XYSeries s = c.addSeries(holds == 1 ? "holds" : "does not hold", Draw.doubles(px), Draw.doubles(py));
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(holds == 1 ? Theme.BLUISH_GREEN : Theme.GREY);
        }
        Draw.line(c, "PRIM box", new double[] {xLimits[0], xLimits[1], xLimits[1], xLimits[0], xLimits[0]},
                new double[] {yLimits[0], yLimits[0], yLimits[1], yLimits[1], yLimits[0]}, Theme.VERMILLION,
                Theme.solid(2f));
        return new NamedChart(name, title, caption, c, List.of("holds", "does not hold", "PRIM box"));
    }
}
