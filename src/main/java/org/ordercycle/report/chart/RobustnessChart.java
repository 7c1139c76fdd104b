package org.ordercycle.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Stacked bars from robustness.csv: for each headline conclusion, the share of the assumed ranges
 * where it holds, is unclear and is reversed ("robustness").
 */
final class RobustnessChart {
    private static final String[] VERDICTS = {"holds", "unclear", "reversed"};

    private RobustnessChart() {
    }

    static NamedChart of(Table conclusions) {
        List<String> names = new ArrayList<>();
        for (Row r : conclusions) {
            names.add(r.getObject("conclusion").toString());
        }
        String title = "Where the conclusions hold";
        String caption = "Share of the Latin hypercube points over the assumed ranges where each conclusion holds "
                + "(95 % interval of joint - siloed wholly on its side), is unclear, or is reversed, in percent.";
        if (names.isEmpty()) {
            return Draw.noData("robustness", title, caption, Theme.WIDTH, Theme.HEIGHT);
        }
        CategoryChart c = Theme.bars(Theme.WIDTH, Theme.HEIGHT, title, "", "% of points");
        c.getStyler().setStacked(true);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(100.0);
        Draw.stackedLabels(c, 4);
        for (int v = 0; v < VERDICTS.length; v++) {
            List<Double> y = new ArrayList<>();
            for (Row r : conclusions) {
                y.add(Draw.segment(100.0 * count(r, VERDICTS[v]) / count(r, "points")));
            }
            CategorySeries s = c.addSeries(VERDICTS[v], names, y);
            s.setFillColor(v == 0 ? Theme.BLUISH_GREEN : v == 1 ? Theme.GREY : Theme.VERMILLION);
        }
        return new NamedChart("robustness", title, caption, c, List.of(VERDICTS));
    }

    private static double count(Row r, String column) {
        return ((Number) r.getObject(column)).doubleValue();
    }
}
