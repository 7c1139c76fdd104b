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
        Page page = run.page("OrderCycle lever attribution on " + run.scenario(),
                "Which coordination lever moves which measure: " + design.path("kind").asText("factorial")
                        + " factorial design (resolution " + design.path("resolution").asText("?") + "), " + run.manifest.path("replications")
                        .asInt() + " replications per policy with common random numbers (seed "
                        + run.manifest.path("seed").asText() + "); effects with 95% intervals.");
        page.warnings("Warning: an effect mixed with an interaction", "In a fractional design a main effect is "
                + "estimated together with the interactions it is aliased with. Where the lever switched alone moves "
                + "the measure much less (or much more) than its effect says, the difference is most likely one of "
                + "those interactions: trust the one-at-a-time change, or run the full factorial (--design full).",
                aliasWarnings());
        List<String> findings = new ArrayList<>();
        for (String key : ComparisonPage.PRIMARY) {
            findings.add(top(key, 1));
        }
        page.findings("The lever that matters most, per measure", findings);
        List<String> interactions = new ArrayList<>();
        for (String key : ComparisonPage.PRIMARY) {
            interactions(key).ifPresent(interactions::add);
        }
        if (!interactions.isEmpty()) {
            page.findings("Largest interaction, per measure", interactions);
        }
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

    /** An interaction term ("a:b"), as opposed to a lever's main effect. */
    static boolean interaction(String term) {
        return term.contains(":");
    }

    /** Main effects beyond this share of their size from every one-at-a-time change of the lever are flagged. */
    static final double ALIAS_GAP = 0.5;

    /**
     * The n largest main effects on a measure, with intervals, aliases and, beside each, the
     * change of the lever switched alone from siloed (the one-at-a-time confirmation).
     */
    private String top(String key, int n) {
        List<Row> rows = Rows.where(effects, r -> key.equals(Rows.text(r, "measure"))
                && !interaction(Rows.text(r, "term")) && Double.isFinite(Rows.number(r, "effect")));
        if (rows.isEmpty()) {
            return Numbers.label(key) + ": no effects estimated.";
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -Math.abs(Rows.number(r, "effect"))));
        String unit = Numbers.unit(key);
        List<String> parts = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(n, rows.size()))) {
            String aliases = Rows.text(r, "aliases");
            String lever = Rows.text(r, "term");
            String alone = alone(key, lever).map(a -> "; switched alone from " + Rows.text(a, "base") + ": "
                    + Numbers.difference(unit, Rows.number(a, "difference")) + " "
                    + Numbers.interval(unit, Rows.number(a, "ci_low"), Rows.number(a, "ci_high"))).orElse("");
            parts.add(lever + " " + Numbers.difference(unit, Rows.number(r, "effect")) + " "
                    + Numbers.interval(unit, Rows.number(r, "ci_low"), Rows.number(r, "ci_high"))
                    + " (main effect" + (aliases.isBlank() ? "" : ", aliased with " + aliases) + alone + ")");
        }
        return Numbers.label(key) + ": " + String.join("; ", parts) + ".";
    }

    /** The largest interaction on a measure, kept apart from the main effects. */
    private java.util.Optional<String> interactions(String key) {
        List<Row> rows = Rows.where(effects, r -> key.equals(Rows.text(r, "measure"))
                && interaction(Rows.text(r, "term")) && Double.isFinite(Rows.number(r, "effect")));
        rows.sort(Comparator.comparingDouble((Row r) -> -Math.abs(Rows.number(r, "effect"))));
        String unit = Numbers.unit(key);
        return rows.stream().findFirst().map(r -> Numbers.label(key) + ": " + Rows.text(r, "term").replace(":", " × ")
                + " " + Numbers.difference(unit, Rows.number(r, "effect")) + " "
                + Numbers.interval(unit, Rows.number(r, "ci_low"), Rows.number(r, "ci_high"))
                + (Rows.significant(r) ? "." : ", which includes zero."));
    }

    /** The one-at-a-time change of a lever on a measure from siloed, or the first one saved. */
    private java.util.Optional<Row> alone(String key, String lever) {
        List<Row> rows = Rows.where(oneAtATime, r -> key.equals(Rows.text(r, "measure"))
                && lever.equals(Rows.text(r, "lever")));
        return rows.stream().filter(r -> "siloed".equals(Rows.text(r, "base"))).findFirst()
                .or(() -> rows.stream().findFirst());
    }

    /**
     * Main effects on a primary measure that are aliased with a three-lever interaction and lie
     * more than {@link #ALIAS_GAP} of their size away from every one-at-a-time change of their
     * lever: the alias, not the lever, is the likely cause.
     */
    List<String> aliasWarnings() {
        List<String> out = new ArrayList<>();
        for (String key : ComparisonPage.PRIMARY) {
            for (Row r : Rows.where(effects, e -> key.equals(Rows.text(e, "measure"))
                    && !interaction(Rows.text(e, "term")) && Rows.significant(e))) {
                String aliases = Rows.text(r, "aliases");
                if (java.util.Arrays.stream(aliases.split("[;, ]+")).noneMatch(a -> a.chars()
                        .filter(ch -> ch == ':').count() >= 2)) {
                    continue;
                }
                double effect = Rows.number(r, "effect");
                String lever = Rows.text(r, "term");
                List<Row> alone = Rows.where(oneAtATime, a -> key.equals(Rows.text(a, "measure"))
                        && lever.equals(Rows.text(a, "lever")));
                if (alone.isEmpty() || alone.stream().anyMatch(a -> Math.abs(Rows.number(a, "difference") - effect)
                        <= ALIAS_GAP * Math.abs(effect))) {
                    continue;
                }
                String unit = Numbers.unit(key);
                List<String> changes = new ArrayList<>();
                for (Row a : alone) {
                    changes.add(Numbers.difference(unit, Rows.number(a, "difference")) + " from " + Rows.text(a, "base"));
                }
                out.add(Numbers.label(key) + ": " + lever + " shows a main effect of "
                        + Numbers.difference(unit, effect) + ", but switched alone it changes the measure by "
                        + String.join(" and ", changes) + "; the effect is aliased with " + aliases + ".");
            }
        }
        return out;
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
