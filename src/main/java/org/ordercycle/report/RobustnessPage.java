package org.ordercycle.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ordercycle.report.chart.Charts;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle robustness}: one sentence per headline conclusion saying in which
 * share of the assumed ranges it holds, the chart of verdicts, the assumptions varied and the
 * verdict at every point. Drawn from robustness.csv, assumptions.csv and points.csv.
 */
public final class RobustnessPage {
    private final SavedRun run;
    private final Table conclusions;
    private final Table assumptions;
    private final Table points;

    RobustnessPage(SavedRun run) throws ReportException {
        this.run = run;
        this.conclusions = run.table("robustness.csv");
        this.assumptions = run.table("assumptions.csv");
        this.points = run.table("points.csv");
    }

    Page build() {
        Page page = run.page("What the conclusions of " + run.scenario() + " rest on",
                run.manifest.path("design").path("method").asText("design") + "; siloed and joint on "
                        + run.manifest.path("replications").asInt() + " common-random-number replications per point "
                        + "(seed " + run.manifest.path("seed").asText() + "). A conclusion holds at a point when the "
                        + "95% interval of joint - siloed lies wholly on its side.");
        List<String> findings = new ArrayList<>();
        for (Row r : conclusions) {
            findings.add(sentence(Rows.text(r, "claim"), (int) Rows.number(r, "holds"), (int) Rows.number(r, "reversed"), (int) Rows.number(r, "points"),
                    Rows.number(r, "share_low"), Rows.number(r, "share_high"), Rows.text(r, "strongest_assumption"),
                    Rows.number(r, "rank_correlation")));
        }
        page.findings("What holds over the assumed ranges", findings);
        page.chart(Charts.robustness(conclusions), "Green: the share of the assumed ranges where the conclusion "
                + "holds; grey: the difference is within noise; orange: the opposite holds. The share's 95% interval "
                + "is Wilson's, conservative for a Latin hypercube.");
        List<List<String>> rows = new ArrayList<>();
        for (Row r : assumptions) {
            rows.add(List.of(Rows.text(r, "path"), number(Rows.number(r, "low")), number(Rows.number(r, "high")),
                    Rows.text(r, "why")));
        }
        page.table("Assumptions varied", "Parameters that no source pins down, with the range each may take.",
                List.of("Parameter", "Low", "High", "Why this range"), rows);
        page.table("Verdict at every point", "Joint - siloed, mean [95% interval], and the verdict.", pointHeader(),
                pointRows());
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    /**
     * E.g. "Joint delivers faster: holds at 18 of 20 points (90 %, 95 % interval 70 % to 97 %); it
     * depends most on steps.entry.errorPerKeying (Spearman rho -0.62)." Shared by the report and the CLI.
     */
    public static String sentence(String claim, int holds, int reversed, int points, double low, double high,
                                  String strongest, double rho) {
        String where = holds == points ? "everywhere in the assumed ranges"
                : holds == 0 ? "nowhere in the assumed ranges" : "at " + holds + " of " + points + " points";
        String text = claim + ": holds " + where + " (" + percent((double) holds / points) + ", 95% interval "
                + percent(low) + " to " + percent(high) + ")";
        if (reversed > 0) {
            text += "; the opposite holds at " + reversed + " of " + points;
        }
        if (holds < points && strongest != null && !strongest.isEmpty() && Double.isFinite(rho)) {
            text += String.format(Locale.ROOT, "; it depends most on %s (Spearman rho %+.2f)", strongest, rho);
        }
        return text + ".";
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
    }

    private List<String> pointHeader() {
        List<String> h = new ArrayList<>(List.of("Point"));
        for (Row r : assumptions) {
            h.add(Rows.text(r, "path"));
        }
        h.addAll(List.of("Conclusion", "Joint - siloed", "Verdict"));
        return h;
    }

    private List<List<String>> pointRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : points) {
            List<String> row = new ArrayList<>(List.of(Rows.text(r, "point")));
            for (Row a : assumptions) {
                row.add(number(Rows.number(r, Rows.text(a, "path"))));
            }
            String unit = Numbers.unit(Rows.text(r, "measure"));
            row.add(Rows.text(r, "conclusion"));
            row.add(Numbers.difference(unit, Rows.number(r, "difference")) + " "
                    + Numbers.interval(unit, Rows.number(r, "ci_low"), Rows.number(r, "ci_high")));
            row.add(Rows.text(r, "verdict"));
            rows.add(row);
        }
        return rows;
    }
}
