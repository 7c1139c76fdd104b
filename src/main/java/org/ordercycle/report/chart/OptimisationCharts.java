package org.ordercycle.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/** The optimisation trace of halving.csv and the continuous search of search.csv. */
final class OptimisationCharts {
    private OptimisationCharts() {
    }

    /** Every candidate's mean per halving round, survivors and eliminated apart ("optimisation-trace"). */
    static NamedChart halvingTrace(Table halving, String measure) {
        String title = "Successive halving: each candidate's mean per round";
        String caption = "Each point is a candidate's mean " + measure + " over the replications it had in that "
                + "round (they double every round); blue points survived the round, grey ones were dropped, "
                + "red ones were over the budget. Means of one round share their replications (common random "
                + "numbers), so they are compared fairly; later rounds have more replications, so narrower noise.";
        if (!Rows.has(halving, "round", "mean", "survived", "feasible") || halving.rowCount() == 0) {
            return Draw.noData("optimisation-trace", title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "round", measure);
        String[] names = {"survived", "dropped", "over budget"};
        List<String> legend = new ArrayList<>();
        for (int kind = 0; kind < 3; kind++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int r = 0; r < halving.rowCount(); r++) {
                boolean feasible = "true".equals(Rows.str(halving, "feasible", r));
                boolean kept = "true".equals(Rows.str(halving, "survived", r));
                int k = !feasible ? 2 : kept ? 0 : 1;
                if (k == kind && !Double.isNaN(Rows.num(halving, "mean", r))) {
                    x.add(Rows.num(halving, "round", r));
                    y.add(Rows.num(halving, "mean", r));
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries s = c.addSeries(names[kind], Draw.doubles(x), Draw.doubles(y));
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(kind == 0 ? Theme.BLUE : kind == 1 ? java.awt.Color.GRAY : Theme.VERMILLION);
            legend.add(names[kind]);
        }
        c.getStyler().setYAxisDecimalPattern(Numbers.pattern(Math.abs(Rows.num(halving, "mean", 0))));
        return new NamedChart("optimisation-trace", title, caption, c, legend);
    }

    /** The value of every CMA-ES evaluation in order and the best so far ("search-trace"). */
    static NamedChart searchTrace(Table search, String measure, boolean higherIsBetter) {
        String title = "Continuous search: every evaluation and the best so far";
        String caption = "Each point is the mean " + measure + " of one CMA-ES evaluation (the same replications "
                + "for every evaluation); the line is the best found so far. Evaluations over the budget have no "
                + "value and are not drawn.";
        if (!Rows.has(search, "evaluation", measure) || search.rowCount() == 0) {
            return Draw.noData("search-trace", title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "evaluation", measure);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        double best = Double.NaN;
        for (int r = 0; r < search.rowCount(); r++) {
            double v = Rows.num(search, measure, r);
            if (Double.isNaN(v)) {
                continue;
            }
            x.add(Rows.num(search, "evaluation", r));
            y.add(v);
            best = Double.isNaN(best) || (higherIsBetter ? v > best : v < best) ? v : best;
            bx.add(Rows.num(search, "evaluation", r));
            by.add(best);
        }
        if (x.isEmpty()) {
            return Draw.noData("search-trace", title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        XYSeries s = c.addSeries("evaluation", Draw.doubles(x), Draw.doubles(y));
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Theme.BLUE);
        XYSeries b = c.addSeries("best so far", Draw.doubles(bx), Draw.doubles(by));
        b.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        b.setMarker(SeriesMarkers.NONE);
        b.setLineColor(Theme.VERMILLION);
        return new NamedChart("search-trace", title, caption, c, List.of("evaluation", "best so far"));
    }
}
