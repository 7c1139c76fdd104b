package org.ordercycle.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import tech.tablesaw.api.Table;

/**
 * The intervals for multiple comparisons with the best from selection.csv ("selection-mcb"): one
 * horizontal interval per policy for its mean minus the best mean of the others, coloured by its
 * status, with a line at zero.
 */
final class SelectionChart {
    private static final double CAP = 0.15;

    private SelectionChart() {
    }

    static NamedChart of(Table selection) {
        String title = "How far each policy is from the best";
        if (!Rows.has(selection, "policy", "status", "measure", "mcb_low", "mcb_high") || selection.rowCount() == 0) {
            return Draw.noData("selection-mcb", title, "No selection table.", Theme.WIDTH, Theme.HEIGHT);
        }
        String measure = Rows.str(selection, "measure", 0);
        double k = Rows.scale(measure);
        String unit = Rows.isShare(measure) ? "percentage points" : Rows.unit(measure);
        String caption = "Each policy's mean " + Rows.label(measure).toLowerCase(Locale.ROOT) + " minus the best mean "
                + "of the other policies, with its interval for multiple comparisons with the best (Hsu 1984)"
                + (unit.isEmpty() ? "" : ", in " + unit) + ". An interval wholly on the worse side of 0 says the "
                + "policy is not the best; green: selected, grey: eliminated, orange: still in contention at the cap.";
        XYChart c = Theme.xy(Theme.WIDTH, Theme.HEIGHT, title, "mean minus the best of the others"
                + (unit.isEmpty() ? "" : " (" + unit + ")"), "");
        c.getStyler().setLegendPosition(LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        int n = selection.rowCount();
        Draw.roundTicks(c, 0, 0.4);
        List<String> labels = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String status = Rows.str(selection, "status", i);
            double lo = Rows.num(selection, "mcb_low", i) * k;
            double hi = Rows.num(selection, "mcb_high", i) * k;
            double y = n - i;
            labels.add(Rows.str(selection, "policy", i));
            var s = Draw.line(c, Rows.str(selection, "policy", i), new double[] {lo, lo, Double.NaN, lo, hi, Double.NaN,
                    hi, hi}, new double[] {y - CAP, y + CAP, Double.NaN, y, y, Double.NaN, y - CAP, y + CAP},
                    colour(status), Theme.solid(2.5f));
            s.setShowInLegend(!shown.contains(status));
            if (!shown.contains(status)) {
                s.setLabel(status);
                shown.add(status);
            }
        }
        Draw.line(c, "zero", new double[] {0, 0}, new double[] {0.4, n + 0.6}, Theme.GREY, Theme.solid(1.2f))
                .setShowInLegend(false);
        c.getStyler().setYAxisMin(0.4);
        c.getStyler().setYAxisMax(n + 0.6);
        List<String> bottomUp = new ArrayList<>(labels);
        Collections.reverse(bottomUp);
        List<String> tickLabels = Draw.fitRowLabels(bottomUp);
        c.setCustomYAxisTickLabelsFormatter(v -> Draw.rowLabel(v - 1, tickLabels));
        Draw.xAxisFor(c, measure);
        return new NamedChart("selection-mcb", title, caption, c, labels);
    }

    private static Color colour(String status) {
        return switch (status) {
            case "selected" -> Theme.BLUISH_GREEN;
            case "undecided" -> Theme.ORANGE;
            default -> Theme.GREY;
        };
    }
}
