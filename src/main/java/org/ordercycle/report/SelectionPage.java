package org.ordercycle.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ordercycle.report.chart.Charts;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle select}: the policy selected and what the procedure guarantees,
 * the eliminations in order, and the intervals for multiple comparisons with the best. Drawn from
 * selection.csv, eliminations.csv and the manifest's "selection" settings.
 */
final class SelectionPage {
    private final SavedRun run;
    private final Table selection;
    private final Table eliminations;
    private final JsonNode settings;

    SelectionPage(SavedRun run) throws ReportException {
        this.run = run;
        this.selection = run.table("selection.csv");
        this.eliminations = run.table("eliminations.csv");
        this.settings = run.manifest.path("selection");
        if (settings.isMissingNode()) {
            throw new ReportException(run.folder.resolve("manifest.json") + " has no 'selection' settings; a selection "
                    + "report needs the manifest that 'ordercycle select' writes.");
        }
    }

    Page build() {
        String measure = settings.path("measure").asText();
        String unit = Numbers.unit(measure);
        String label = Numbers.label(measure);
        double delta = settings.path("delta").asDouble(Double.NaN);
        double pcs = settings.path("pcs").asDouble(Double.NaN);
        Page page = run.page("OrderCycle: the best policy on " + label.toLowerCase(Locale.ROOT) + " in "
                + run.scenario(), String.format(Locale.ROOT, "Kim and Nelson's fully sequential procedure on common "
                + "random numbers (seed %s): probability of correct selection at least %.0f%% when the best is at "
                + "least %s better than every other.", run.manifest.path("seed").asText(), 100 * pcs,
                zone(unit, delta)));
        List<String> findings = new ArrayList<>();
        String selected = settings.path("selected").asText();
        if (settings.path("capped").asBoolean()) {
            findings.add("No policy could be told apart from the others within " + settings.path("max_replications")
                    .asInt() + " replications: " + selected + " has the best mean among those still in contention, "
                    + "without the guarantee; they may be within " + zone(unit, delta) + " of each other.");
        } else {
            findings.add(selected + " is selected " + ("higher".equals(settings.path("direction").asText())
                    ? "(higher is better)" : "(lower is better)") + ", after " + settings.path("total_replications")
                    .asInt() + " replications in all.");
        }
        for (Row r : eliminations) {
            findings.add(sentence(r, unit));
        }
        page.findings("What was selected", findings);
        page.chart(Charts.selectionMcb(selection), "An interval wholly on the worse side of zero rules the policy out "
                + "as the best; the selected policy's interval reaches at most " + zone(unit, delta) + " to the worse "
                + "side, as the indifference zone allows.");
        List<List<String>> rows = new ArrayList<>();
        for (Row r : eliminations) {
            rows.add(List.of(text(r, "elimination"), text(r, "replications"), Rows.text(r, "policy"),
                    Rows.text(r, "eliminated_by"), zone(unit, Rows.number(r, "behind_by")),
                    zone(unit, Rows.number(r, "allowance"))));
        }
        page.table("Eliminations", "In the order they happened. Behind by: summed over the replications, how much "
                + "worse the policy did than the one that eliminated it; allowance: the half-width of the "
                + "continuation region at that stage. A policy is eliminated when it is behind by more than the "
                + "allowance.", List.of("#", "Replications", "Policy", "Eliminated by", "Behind by", "Allowance"),
                rows);
        List<List<String>> policies = new ArrayList<>();
        for (Row r : selection) {
            policies.add(List.of(Rows.text(r, "policy"), Rows.text(r, "status"), text(r, "replications"),
                    Numbers.value(unit, Rows.number(r, "mean")),
                    Numbers.interval(unit, Rows.number(r, "mcb_low"), Rows.number(r, "mcb_high"))));
        }
        page.table("Every policy", "Mean over the policy's own replications; MCB interval of its mean minus the best "
                + "mean of the others (for a lower-is-better measure, the lowest).",
                List.of("Policy", "Status", "Replications", "Mean", "MCB interval"), policies);
        page.prose("Method", method(unit, delta, pcs));
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    private String sentence(Row r, String unit) {
        return String.format(Locale.ROOT, "%s was eliminated by %s after %s replications: summed over them it was "
                        + "%s behind, beyond the allowance of %s.", Rows.text(r, "policy"),
                Rows.text(r, "eliminated_by"), text(r, "replications"), zone(unit, Rows.number(r, "behind_by")),
                zone(unit, Rows.number(r, "allowance")));
    }

    private List<String> method(String unit, double delta, double pcs) {
        List<String> p = new ArrayList<>();
        p.add(String.format(Locale.ROOT, "Every policy ran %d replications of scenario '%s' (file %s); replication r "
                        + "uses the same random substreams under every policy (common random numbers), so the "
                        + "procedure works on paired differences.", settings.path("first_stage").asInt(),
                run.scenario(), run.manifest.path("scenario_file").asText()));
        p.add(String.format(Locale.ROOT, "From these first replications the procedure KN of Kim and Nelson (2001) "
                        + "estimates the variance of the difference between every two policies; then it adds one "
                        + "replication at a time to the policies still in contention and eliminates a policy as soon "
                        + "as its running sum of differences against another falls below a triangular continuation "
                        + "region (eta = %.4f, h² = %.3f, c = 1). The decisions are taken once every replication of "
                        + "a stage is in, so they do not depend on the number of threads.",
                settings.path("eta").asDouble(), settings.path("h_squared").asDouble()));
        p.add(String.format(Locale.ROOT, "Guarantee: when the best policy's mean is at least %s better than every "
                        + "other's (the indifference zone%s), it is selected with probability at least %.0f%%, for "
                        + "normally distributed replication results (means over a year of orders are close to "
                        + "normal). When several policies are within the zone of the best, any of them may be "
                        + "selected: they are equally good for this purpose. The intervals for multiple comparisons "
                        + "with the best (Hsu 1984) are constrained to contain zero and widened by the zone; they are "
                        + "meant to hold jointly at the same level, which a known-answer test on synthetic policies "
                        + "checks for this procedure.",
                zone(unit, delta), settings.path("delta_automatic").asBoolean()
                        ? ", set to 1% of the first-stage mean (one percentage point for a share) since none was given"
                        : "", 100 * pcs));
        return p;
    }

    private static String zone(String unit, double v) {
        return "share".equals(unit) ? String.format(Locale.ROOT, "%.1f percentage points", 100 * v)
                : Numbers.value(unit, v);
    }

    private static String text(Row r, String column) {
        Object v = r.getObject(column);
        return v instanceof Number n ? String.valueOf(n.longValue()) : Rows.text(r, column);
    }
}
