package org.ordercycle.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ordercycle.report.chart.Charts;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle optimise}: the winning settings and their confirmation against
 * siloed and joint, the halving trace (table and chart), the selection among the finalists and
 * the continuous search. Drawn from the tables the command writes and the manifest's
 * "optimisation" settings.
 */
final class OptimisationPage {
    private final SavedRun run;
    private final Table halving;
    private final Table finalists;
    private final Table confirmation;
    private final Table winner;
    private final Table candidates;
    private final Optional<Table> search;
    private final JsonNode settings;

    OptimisationPage(SavedRun run) throws ReportException {
        this.run = run;
        this.halving = run.table("halving.csv");
        this.finalists = run.table("finalists.csv");
        this.confirmation = run.table("confirmation.csv");
        this.winner = run.table("winner.csv");
        this.candidates = run.table("candidates.csv");
        this.search = run.optionalTable("search.csv");
        this.settings = run.manifest.path("optimisation");
        if (settings.isMissingNode()) {
            throw new ReportException(run.folder.resolve("manifest.json") + " has no 'optimisation' settings; an "
                    + "optimisation report needs the manifest that 'ordercycle optimise' writes.");
        }
    }

    Page build() {
        String measure = settings.path("objective").asText();
        String unit = Numbers.unit(measure);
        String label = Numbers.label(measure).toLowerCase(Locale.ROOT);
        String budget = settings.has("budget_measure") ? settings.path("budget_measure").asText() + " <= "
                + Numbers.value(Numbers.unit(settings.path("budget_measure").asText()),
                settings.path("budget").asDouble()) : "";
        Page page = run.page("OrderCycle: the best lever settings for " + label + " in " + run.scenario(),
                "Successive halving over lever combinations, Kim and Nelson's selection among the finalists, "
                        + "confirmation on fresh replications (common random numbers, seed "
                        + run.manifest.path("seed").asText() + ")" + (budget.isEmpty() ? "." : "; budget " + budget
                        + "."));
        List<String> findings = new ArrayList<>();
        findings.add("The optimised settings: " + changes() + ".");
        for (String other : List.of("siloed", "joint")) {
            Rows.find(confirmation, "policy", "optimised - " + other, "measure", measure).ifPresent(r ->
                    findings.add(String.format(Locale.ROOT, "Against %s, the optimised settings change %s by %s "
                                    + "(95%% interval %s) on %d fresh replications%s.", other, label,
                            Numbers.difference(unit, Rows.number(r, "mean")),
                            Numbers.interval(unit, Rows.number(r, "ci_low"), Rows.number(r, "ci_high")),
                            (long) Rows.number(r, "n"), Rows.number(r, "ci_low") > 0 || Rows.number(r, "ci_high") < 0 ? ""
                                    : "; the interval includes zero, so the difference may be chance")));
        }
        page.findings("What was found", findings);
        page.chart(Charts.optimisationTrace(halving, measure), "The better half of each round goes on with twice "
                + "the replications; the finalists are the survivors of the last round.");
        search.ifPresent(t -> page.chart(Charts.searchTrace(t, measure,
                !"lower".equals(direction())), "CMA-ES tunes the parameters under the selected settings; the "
                + "best point found is confirmed below with the lever settings."));
        List<List<String>> rows = new ArrayList<>();
        for (Row r : confirmation) {
            String m = Rows.text(r, "measure");
            rows.add(List.of(Rows.text(r, "policy"), m, String.valueOf((long) Rows.number(r, "n")),
                    Numbers.value(Numbers.unit(m), Rows.number(r, "mean")),
                    Numbers.interval(Numbers.unit(m), Rows.number(r, "ci_low"), Rows.number(r, "ci_high"))));
        }
        page.table("Confirmation on fresh replications", "Replication indices after every earlier stage, so the "
                + "confirmation is independent of the screening and the selection; differences are paired.",
                List.of("Policy", "Measure", "n", "Mean", "95% interval"), rows);
        List<List<String>> trace = new ArrayList<>();
        for (Row r : halving) {
            trace.add(List.of(String.valueOf((long) Rows.number(r, "round")),
                    String.valueOf((long) Rows.number(r, "replications")), Rows.text(r, "policy"),
                    Numbers.value(unit, Rows.number(r, "mean")), Rows.text(r, "feasible"), Rows.text(r, "survived")));
        }
        page.table("Halving trace", "Every candidate in every round: the mean over the replications it had, whether it "
                + "met the budget and whether it survived.", List.of("Round", "Replications", "Candidate", "Mean",
                "Within budget", "Survived"), trace);
        List<List<String>> finals = new ArrayList<>();
        for (Row r : finalists) {
            finals.add(List.of(Rows.text(r, "policy"), Rows.text(r, "status"), Rows.text(r, "replications"),
                    Numbers.value(unit, Rows.number(r, "mean"))));
        }
        page.table("Finalists", "The survivors of the last round that met the budget, through Kim and Nelson's "
                + "procedure on replications the screening did not use.", List.of("Candidate", "Status",
                "Replications", "Mean"), finals);
        List<List<String>> all = new ArrayList<>();
        for (Row r : candidates) {
            all.add(List.of(Rows.text(r, "policy"), Rows.text(r, "changes")));
        }
        page.table("Candidates", "Each candidate's settings that differ from siloed.", List.of("Candidate",
                "Settings"), all);
        page.prose("Method", method());
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    private String direction() {
        return settings.path("direction").asText("higher");
    }

    private String changes() {
        List<String> out = new ArrayList<>();
        for (Row r : winner) {
            out.add(Rows.text(r, "name") + "=" + Rows.text(r, "value"));
        }
        return String.join(", ", out);
    }

    private List<String> method() {
        return List.of(String.format(Locale.ROOT, "Candidates: every combination of two settings (siloed and joint) "
                        + "of the levers %s, the other levers at siloed; with more than %s combinations, a random "
                        + "subset drawn with the seed, plus siloed and joint.", settings.path("levers").toString(),
                settings.path("max_candidates").asText()),
                "Screening: successive halving (Karnin, Koren and Somekh 2013). Every candidate runs "
                        + settings.path("first_replications").asText() + " replications; the better half survives "
                        + "and runs twice as many, until " + settings.path("finalists").asText() + " remain. "
                        + "Replication r uses the same random substreams under every candidate (common random "
                        + "numbers). With a budget, a candidate whose mean of the budgeted measure exceeds it is "
                        + "infeasible and ranks below every feasible one.",
                "Selection and confirmation: the feasible finalists go through Kim and Nelson's procedure KN on "
                        + "later replication indices; the winner, siloed and joint then run "
                        + settings.path("confirmations").asText() + " replications from index "
                        + settings.path("confirm_from").asText() + " on, which no earlier stage used.");
    }
}
