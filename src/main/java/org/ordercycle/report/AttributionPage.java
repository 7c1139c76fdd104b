package org.ordercycle.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ordercycle.report.chart.Charts;
import org.ordercycle.report.chart.NamedChart;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle attribute}: one tornado of lever effects per primary measure,
 * with the largest effects and their aliases read out, and the one-lever-at-a-time table.
 */
final class AttributionPage {
    private final SavedRun run;
    private final Table effects;
    private final Table oneAtATime;

    AttributionPage(SavedRun run) throws ReportException {
        this.run = run;
        this.effects = run.table("effects.csv");
        this.oneAtATime = run.table("one_at_a_time.csv");
    }

    Page build() {
        var design = run.manifest.path("design");
        Page page = new Page("OrderCycle lever attribution on " + run.scenario(),
                "Which coordination lever moves which measure: " + design.path("kind").asText("factorial")
                        + " factorial design (resolution " + design.path("resolution").asText("?") + "), " + run.manifest.path("replications")
                        .asInt() + " replications per policy with common random numbers (seed "
                        + run.manifest.path("seed").asText() + "); effects with 95% intervals.");
        List<String> findings = new ArrayList<>();
        for (String key : ComparisonPage.PRIMARY) {
            findings.add(top(key, 1));
        }
        page.findings("The lever that matters most, per measure", findings);
        for (NamedChart c : Charts.attribution(effects)) {
            String key = c.name().replace("attribution-", "").replace('-', '_');
            page.chart(c, top(key, 3) + " An effect is the mean change when a lever goes from siloed to joint, "
                    + "averaged over the settings of the other levers; bars whose interval crosses zero are not "
                    + "distinguishable from no effect. In a fractional design an effect is confounded with its "
                    + "aliases, listed in tables/effects.csv.");
        }
        page.table("One lever at a time", "Change of each measure when one lever alone is switched, from all siloed "
                + "and from all joint [95% interval].", List.of("Measure", "From", "Lever", "Change [95% CI]"),
                oneAtATimeRows());
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    /** The n largest effects on a measure, with intervals and aliases. */
    private String top(String key, int n) {
        List<Row> rows = Rows.where(effects, r -> key.equals(Rows.text(r, "measure"))
                && Double.isFinite(Rows.number(r, "effect")));
        if (rows.isEmpty()) {
            return Numbers.label(key) + ": no effects estimated.";
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -Math.abs(Rows.number(r, "effect"))));
        String unit = Numbers.unit(key);
        List<String> parts = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(n, rows.size()))) {
            String aliases = Rows.text(r, "aliases");
            parts.add(Rows.text(r, "term") + " " + Numbers.difference(unit, Rows.number(r, "effect")) + " "
                    + Numbers.interval(unit, Rows.number(r, "ci_low"), Rows.number(r, "ci_high"))
                    + (aliases.isBlank() ? "" : " (aliased with " + aliases + ")"));
        }
        return Numbers.label(key) + ": " + String.join("; ", parts) + ".";
    }

    private List<List<String>> oneAtATimeRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : oneAtATime) {
            String key = Rows.text(r, "measure");
            if (!ComparisonPage.PRIMARY.contains(key)) {
                continue;
            }
            String unit = Numbers.unit(key);
            rows.add(List.of(Numbers.label(key), Rows.text(r, "base"), Rows.text(r, "lever"),
                    Numbers.difference(unit, Rows.number(r, "difference")) + " "
                            + Numbers.interval(unit, Rows.number(r, "ci_low"), Rows.number(r, "ci_high"))));
        }
        return rows;
    }
}
