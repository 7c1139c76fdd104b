package org.ordercycle.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ordercycle.report.chart.Charts;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle discover}, drawn from points.csv, trajectory.csv and rules.csv:
 * the sentence saying where the condition holds, the PRIM trade-off curve, the chosen box over
 * the two parameters it limits most, the box's limits and the tree's rules.
 */
final class DiscoveryPage {
    private final SavedRun run;
    private final Table points;
    private final Table trajectory;
    private final Table rules;
    private final List<String> parameters = new ArrayList<>();

    DiscoveryPage(SavedRun run) throws ReportException {
        this.run = run;
        this.points = run.table("points.csv");
        this.trajectory = run.table("trajectory.csv");
        this.rules = run.table("rules.csv");
        run.manifest.path("design").path("parameters").forEach(p -> parameters.add(p.asText()));
    }

    Page build() {
        var d = run.manifest.path("discovery");
        Page page = run.page("Where \"" + d.path("condition").asText() + "\" holds in " + run.scenario(),
                run.manifest.path("design").path("method").asText("design") + "; siloed and joint on "
                        + run.manifest.path("replications").asInt() + " common-random-number replications per point "
                        + "(seed " + run.manifest.path("seed").asText() + "); PRIM peeling alpha "
                        + d.path("peeling_alpha").asText() + ", box: " + d.path("box_choice").asText() + ".");
        page.findings("Where the condition holds", List.of(d.path("sentence").asText() + "."));
        page.chart(Charts.primTradeOff(trajectory), "Peeling trades coverage for density; the chosen box is where "
                + "the curve bends. A box of few points is a guess: read its number of points.");
        Row chosen = chosen();
        if (chosen != null && parameters.size() >= 2) {
            List<String> axes = mostRestricted(chosen);
            page.chart(Charts.primBox(points, limits(chosen, axes.get(0)), limits(chosen, axes.get(1)), axes.get(0),
                    axes.get(1)), "The box limits the other parameters too, if any: see the table below.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String p : parameters) {
            if (chosen != null) {
                rows.add(List.of(p, number(Rows.number(chosen, "low:" + p)), number(Rows.number(chosen, "high:" + p))));
            }
        }
        page.table("The chosen box", "Limits of each parameter inside the box (the full range when not restricted).",
                List.of("Parameter", "Low", "High"), rows);
        List<List<String>> ruleRows = new ArrayList<>();
        for (Row r : rules) {
            ruleRows.add(List.of(Rows.text(r, "rule"), number(Rows.number(r, "points")),
                    String.format(Locale.ROOT, "%.0f%%", 100 * Rows.number(r, "share"))));
        }
        page.table("Classification tree", "Leaves of a Gini tree of depth " + d.path("tree_depth").asText()
                        + " (at least " + d.path("tree_min_leaf").asText() + " points each) where the condition holds "
                        + "for most points.", List.of("Rule", "Points", "Holds at"), ruleRows);
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    private Row chosen() {
        for (Row r : trajectory) {
            if (Rows.number(r, "chosen") == 1) {
                return r;
            }
        }
        return null;
    }

    /** The two parameters whose box limits cut their full range most. */
    private List<String> mostRestricted(Row box) {
        Row whole = trajectory.row(0);
        List<String> sorted = new ArrayList<>(parameters);
        sorted.sort((a, b) -> Double.compare(kept(box, whole, a), kept(box, whole, b)));
        return sorted.subList(0, 2);
    }

    private static double kept(Row box, Row whole, String p) {
        double full = Rows.number(whole, "high:" + p) - Rows.number(whole, "low:" + p);
        return full > 0 ? (Rows.number(box, "high:" + p) - Rows.number(box, "low:" + p)) / full : 1;
    }

    private static double[] limits(Row box, String p) {
        return new double[] {Rows.number(box, "low:" + p), Rows.number(box, "high:" + p)};
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
