package org.ordercycle.report.chart;

import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

/**
 * Draws two small throw-away charts (bars and lines, with the report's fonts and footer) on a
 * background thread, so that the one-off set-up of drawing (fonts, Java2D, the chart library's
 * classes, the PNG encoder) happens while a core is otherwise idle, e.g. while the tables are
 * written, instead of delaying the first chart of the report. Nothing is written; every chart file
 * is drawn from its own chart objects, so the files do not change.
 */
public final class ChartWarmUp {
    private ChartWarmUp() {
    }

    /** Starts the drawing and returns at once. */
    public static void start() {
        Thread t = new Thread(ChartWarmUp::draw, "chart-warm-up");
        t.setDaemon(true); // never keeps a finished command alive
        t.start();
    }

    private static void draw() {
        try {
            CategoryChart bars = Theme.bars(Theme.SMALL_WIDTH, Theme.SMALL_HEIGHT, "Warm-up", "policy", "days");
            bars.addSeries("a", List.of("x", "y"), List.of(1.5, 2.5));
            XYChart lines = Theme.xy(Theme.SMALL_WIDTH, Theme.SMALL_HEIGHT, "Warm-up", "day", "orders");
            lines.addSeries("b", new double[] {0, 1, 2}, new double[] {3, 1, 2});
            for (NamedChart c : List.of(new NamedChart("warm-up", "Warm-up", "", bars, List.of("a"), "footer · 1"),
                    new NamedChart("warm-up", "Warm-up", "", lines, List.of("b"), "footer · 2"))) {
                ChartFiles.pngBytes(c);
            }
        } catch (RuntimeException | LinkageError e) {
            // nothing to do here: the report's own drawing meets the same problem and reports it
        }
    }
}
