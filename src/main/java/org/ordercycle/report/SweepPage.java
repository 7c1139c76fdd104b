package org.ordercycle.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ordercycle.report.chart.Charts;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle sweep}: per policy and primary measure, a heat map over the two
 * swept parameters when the design is a grid of two; otherwise, per primary measure and numeric
 * parameter, the measure against the parameter with every policy; and the table of every design
 * point.
 */
final class SweepPage {
    private final SavedRun run;
    private final List<String> policies;
    private final List<String> parameters = new ArrayList<>();
    private final Table summary;
    /** The messages of tables/warnings.csv, each naming its point. */
    private final List<String> warnings = new ArrayList<>();

    SweepPage(SavedRun run) throws ReportException {
        this.run = run;
        this.policies = run.policies();
        run.manifest.path("design").path("parameters").forEach(p -> parameters.add(p.asText()));
        this.summary = run.table("summary.csv");
        run.optionalTable("warnings.csv").ifPresent(t -> t.forEach(r -> warnings.add(Rows.text(r, "message"))));
    }

    Page build() {
        Page page = run.page("OrderCycle sweep of " + run.scenario() + " over " + String.join(" × ", parameters),
                run.manifest.path("design").path("method").asText("design") + "; "
                        + run.manifest.path("replications").asInt() + " replications per point and policy with common "
                        + "random numbers (seed " + run.manifest.path("seed").asText() + "); 95% intervals.");
        List<String> findings = new ArrayList<>();
        for (String p : policies) {
            for (String key : ComparisonPage.PRIMARY) {
                findings.add(range(key, p));
            }
        }
        page.warnings("Warning: overloaded departments", "At the design points named here a department or line is "
                + "loaded beyond what it can carry, or its queue grows through the run: the figures of that point and "
                + "policy depend on the horizon and are not conclusions (a folder written before this table existed "
                + "shows none).", warnings);
        page.findings("Ranges over the design", findings);
        if (grid()) {
            for (String key : ComparisonPage.PRIMARY) {
                for (String p : policies) {
                    page.chart(Charts.sweepHeatMap(summary, parameters.get(0), parameters.get(1), key, p),
                            range(key, p) + " Each cell is the mean over replications at that design point.");
                }
            }
        } else {
            // a parameter held at one value is a setting, not an axis
            List<String> varying = parameters.stream().filter(p -> summary.columnNames().contains(p)
                    && summary.column(p).unique().size() > 1).toList();
            List<String> numeric = varying.stream().filter(p -> summary.column(p) instanceof NumberColumn).toList();
            boolean joined = varying.size() == 1;
            for (String parameter : numeric) {
                for (String key : ComparisonPage.PRIMARY) {
                    page.chart(Charts.sweepResponse(summary, parameter, key, policies, joined), range(key, policies)
                            + (joined ? "" : " Points that look alike on this axis differ in the other parameters."));
                }
            }
            if (numeric.size() < varying.size()) {
                page.prose("Parameters without a chart", List.of("Parameters whose values are not numbers ("
                        + String.join(", ", varying.stream().filter(p -> !numeric.contains(p)).toList())
                        + ") are listed in the table below, not drawn."));
            }
        }
        page.table("Every design point", "Mean over replications [95% interval], company-wide.", header(), rows());
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    /** True when the points form the full grid of two parameters (every pair present). */
    private boolean grid() {
        if (parameters.size() != 2 || !summary.columnNames().containsAll(parameters)) {
            return false;
        }
        Set<String> xs = new LinkedHashSet<>();
        Set<String> ys = new LinkedHashSet<>();
        Set<String> points = new LinkedHashSet<>();
        for (Row r : summary) {
            xs.add(Rows.text(r, parameters.get(0)));
            ys.add(Rows.text(r, parameters.get(1)));
            points.add(Rows.text(r, "point"));
        }
        return xs.size() * ys.size() == points.size() && xs.size() > 1 && ys.size() > 1;
    }

    /** The ranges of a measure under every policy, as one sentence each. */
    private String range(String key, List<String> all) {
        return String.join(" ", all.stream().map(p -> range(key, p)).toList());
    }

    /** "Lead time, mean under siloed: from 2.1 days (point p3: a=0, b=1) to 4.8 days (p7: ...)". */
    private String range(String key, String policy) {
        Row low = null;
        Row high = null;
        for (Row r : Rows.where(summary, r -> policy.equals(Rows.text(r, "policy"))
                && key.equals(Rows.text(r, "measure")) && "all".equals(Rows.text(r, "segment"))
                && Double.isFinite(Rows.number(r, "mean")))) {
            if (low == null || Rows.number(r, "mean") < Rows.number(low, "mean")) {
                low = r;
            }
            if (high == null || Rows.number(r, "mean") > Rows.number(high, "mean")) {
                high = r;
            }
        }
        if (low == null) {
            return Numbers.label(key) + " under " + policy + ": not measured.";
        }
        String unit = Numbers.unit(key);
        return Numbers.label(key) + " under " + policy + ": from " + Numbers.value(unit, Rows.number(low, "mean"))
                + " (" + where(low) + ") to " + Numbers.value(unit, Rows.number(high, "mean")) + " (" + where(high)
                + ").";
    }

    private String where(Row r) {
        List<String> parts = new ArrayList<>();
        for (String p : parameters) {
            if (r.columnNames().contains(p)) {
                parts.add(p + " = " + Rows.text(r, p));
            }
        }
        return String.join(", ", parts);
    }

    private List<String> header() {
        List<String> h = new ArrayList<>(List.of("Point"));
        h.addAll(parameters);
        h.add("Policy");
        ComparisonPage.PRIMARY.forEach(k -> h.add(Numbers.label(k)));
        return h;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : summary) {
            String id = Rows.text(r, "point") + "\u0000" + Rows.text(r, "policy");
            if (!"all".equals(Rows.text(r, "segment")) || !seen.add(id)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(Rows.text(r, "point")));
            for (String p : parameters) {
                row.add(r.columnNames().contains(p) ? Rows.text(r, p) : "");
            }
            row.add(Rows.text(r, "policy"));
            for (String key : ComparisonPage.PRIMARY) {
                row.add(Rows.find(summary, "point", Rows.text(r, "point"), "policy", Rows.text(r, "policy"),
                        "measure", key, "segment", "all").map(x -> Numbers.withInterval(Numbers.unit(key), x)).orElse("n/a"));
            }
            rows.add(row);
        }
        return rows;
    }
}
