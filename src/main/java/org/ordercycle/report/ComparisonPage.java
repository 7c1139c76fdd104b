package org.ordercycle.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ordercycle.report.chart.Charts;
import org.ordercycle.report.chart.NamedChart;
import org.ordercycle.stats.Area;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle compare}: headline measures with intervals, then one section per
 * chart with a reading that quotes the numbers behind it, then the method and the manifest. Reads
 * the saved tables only.
 */
final class ComparisonPage {
    /** Measures of the headline table, in reading order. */
    static final List<String> HEADLINE = List.of("lead_time_mean", "lead_time_p90", "on_time_rate",
            "unattended_time_mean", "total_cost", "cost_per_order", "billing_error_rate", "fill_rate", "revenue",
            "profit", "satisfaction_index");
    /** The primary measures: delivery time, delivery reliability, cost and billing errors. */
    static final List<String> PRIMARY = List.of("lead_time_mean", "on_time_rate", "total_cost", "billing_error_rate");

    /** Every table the page reads (results.csv is not among them), so that they can be read ahead at once. */
    static final List<String> TABLES = List.of("summary.csv", "comparison.csv", "periods.csv", "units.csv",
            "warnings.csv", "lead_time_ecdf.csv", "journeys.csv");

    private final SavedRun run;
    private final List<String> policies;
    private final Table summary;
    private final Table comparison;
    private final Readings say;
    /** The scenario's currency code, in which money is shown. */
    private final String currency;

    /** The sentences of tables/warnings.csv (empty for a folder written before it existed). */
    private final List<String> warnings = new ArrayList<>();
    /** Policies named in a warning. */
    private final List<String> unstable = new ArrayList<>();

    ComparisonPage(SavedRun run) throws ReportException {
        this.run = run;
        this.policies = run.policies();
        if (policies.size() < 2) {
            throw new ReportException(run.folder.resolve("manifest.json") + " lists " + policies.size()
                    + " policies; a comparison report needs at least two.");
        }
        this.summary = run.table("summary.csv");
        this.comparison = run.table("comparison.csv");
        this.say = new Readings(summary, comparison, policies);
        this.currency = run.currency();
        Optional<Table> saved = run.optionalTable("warnings.csv");
        if (saved.isPresent()) {
            for (Row r : saved.get()) {
                warnings.add(Rows.text(r, "message"));
                unstable.add(Rows.text(r, "policy"));
            }
        }
    }

    /** "! (unstable: joint) " when either policy has an overloaded department or line, else "". */
    private String unstableMark(String base, String other) {
        List<String> names = new ArrayList<>();
        for (String p : List.of(base, other)) {
            if (unstable.contains(p)) {
                names.add(p);
            }
        }
        return names.isEmpty() ? "" : "! (from an overloaded queue under " + String.join(" and ", names) + ") ";
    }

    Page build() throws ReportException {
        String base = policies.get(0);
        Page page = run.page("OrderCycle: " + String.join(" vs ", policies) + " on " + run.scenario(),
                "Comparison of " + policies.size() + " policies over " + run.manifest.path("replications").asInt()
                        + " replications with common random numbers (seed " + run.manifest.path("seed").asText()
                        + "). Differences are paired, against " + base + ", with 95% intervals.");
        page.verdict(new Verdict(say, policies, unstable, currency).sentences());
        page.warnings("Warning: overloaded departments", "Figures of a policy named here come from a department "
                + "or line loaded beyond what it can carry, or whose queue grows through the run: its means depend on "
                + "the horizon, and the findings and differences marked ! are not conclusions until the load is "
                + "fixed (ordercycle validate shows the offered load of every department).", warnings);
        List<String> findings = new ArrayList<>();
        for (String other : policies.subList(1, policies.size())) {
            String mark = unstableMark(base, other);
            for (String key : PRIMARY) {
                findings.add(mark + say.change(key, base, other));
            }
            findings.add(mark + say.change("profit", base, other));
        }
        page.findings("What changes", findings);
        page.table("Headline measures", "Mean over replications ± half-width of the 95% interval; the difference "
                + "is paired (same customers under every policy); p is the paired t-test's p-value, raw and (in "
                + "parentheses) adjusted for multiple comparisons (Holm over the pairs of policies for the primary "
                + "measures, Benjamini-Hochberg over the others); * marks an adjusted p-value below 5%"
                + (warnings.isEmpty() ? "." : "; ! when a policy compared has an overloaded department (see the "
                + "warning at the top)."),
                headlineHeader(), headlineRows());

        List<NamedChart> headline = Charts.headline(summary, policies);
        List<String> readings = new ArrayList<>();
        for (NamedChart c : headline) {
            readings.add(say.headline(keyOf(c)));
        }
        page.chartGrid("Delivery time, reliability, cost and billing errors", headline, readings);
        Optional<Table> ecdf = run.optionalTable("lead_time_ecdf.csv");
        if (ecdf.isPresent()) {
            page.chart(Charts.leadTimeDistribution(ecdf.get(), policies), say.distribution());
        }
        page.chart(Charts.whereTheDaysGo(summary, policies), say.daysGo(base));
        List<String> daysHeader = new ArrayList<>(List.of("Days per delivered order"));
        daysHeader.addAll(policies);
        page.table("Where the days go, step by step", "Mean days a delivered order spent in each step (queue, work, "
                + "unowned hand-offs and closed hours together). Only the steps from the order's placement to its "
                + "delivery make up the lead time, and their sum is set beside it; handling the lead and quoting "
                + "come before the order exists, and billing and returns after delivery, so they are shown apart.",
                daysHeader, say.daysTable());
        Optional<Table> periods = run.optionalTable("periods.csv");
        if (periods.isPresent()) {
            List<NamedChart> plans = Charts.demandForecastPlan(periods.get(), policies, run.warmupDays());
            for (int i = 0; i < plans.size(); i++) {
                page.chart(plans.get(i), say.planning(policies.get(Math.min(i, policies.size() - 1))));
            }
            page.chart(Charts.planningBiases(periods.get(), policies, run.warmupDays()), say.biases());
            page.chart(Charts.inventoryBacklog(periods.get(), policies, run.warmupDays()), say.stock());
        }
        page.chart(Charts.costBreakdown(summary, policies), say.costs(base));
        page.chart(Charts.billingErrors(summary, policies), say.billing(base));
        Optional<Table> journeys = run.optionalTable("journeys.csv");
        if (journeys.isPresent()) {
            page.chart(Charts.orderJourneys(journeys.get(), policies), say.journeys(journeys.get(), base));
        }
        page.table("Every measure, company-wide", "Mean over replications with its 95% interval. Per-segment values "
                + "are in tables/summary.csv.", allHeader(), allRows());
        page.prose("Method", method());
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    /** The measure a headline chart shows, from its name (headline-lead-time → lead_time_mean). */
    private static String keyOf(NamedChart c) {
        return switch (c.name()) {
            case "headline-lead-time" -> "lead_time_mean";
            case "headline-on-time" -> "on_time_rate";
            case "headline-total-cost" -> "total_cost";
            case "headline-billing-errors" -> "billing_error_rate";
            default -> c.name().replace("headline-", "").replace('-', '_');
        };
    }

    private List<String> headlineHeader() {
        List<String> h = new ArrayList<>(List.of("Measure"));
        h.addAll(policies);
        for (String other : policies.subList(1, policies.size())) {
            h.add(other + " − " + policies.get(0) + " [95% CI]");
            h.add("Change");
            h.add("p (adjusted)");
        }
        return h;
    }

    private List<List<String>> headlineRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String key : HEADLINE) {
            rows.add(row(key));
        }
        return rows;
    }

    private List<String> row(String key) {
        String unit = Numbers.unit(key);
        List<String> r = new ArrayList<>(List.of(Numbers.label(key) + (unit.startsWith("money") ? ", " + currency
                : "")));
        for (String p : policies) {
            r.add(say.meanWithHalfWidth(key, p));
        }
        for (String other : policies.subList(1, policies.size())) {
            Optional<Row> c = say.comparisonRow(key, policies.get(0), other);
            if (c.isEmpty()) {
                r.add("n/a");
                r.add("");
                r.add("");
                continue;
            }
            Row row = c.get();
            boolean significant = Rows.significant(row);
            r.add(Numbers.difference(unit, Rows.number(row, "mean_difference")) + " "
                    + Numbers.interval(unit, Rows.number(row, "ci_low"), Rows.number(row, "ci_high"))
                    + (significant ? " *" : "") + (unstableMark(policies.get(0), other).isEmpty() ? "" : " !"));
            r.add(Numbers.relative(Rows.number(row, "relative_change")));
            r.add(Rows.pValues(row));
        }
        return r;
    }

    private List<String> allHeader() {
        List<String> h = new ArrayList<>(List.of("Measure", "Unit"));
        h.addAll(policies);
        return h;
    }

    /** Measures of the cost area that are money the company has or earns rather than spends. */
    static final List<String> MONEY = List.of("revenue", "margin", "profit", "lost_margin", "dso", "cash_tied_up",
            "invoiced_amount", "receivables_end", "disputed_end", "unbilled_end", "work_in_progress_end");

    /** The group a key's row belongs to in the table of every measure. */
    static String group(String key) {
        if (key.startsWith("step_time[")) {
            return "Days by step";
        }
        if (key.startsWith("department[") || key.startsWith("line[") || key.startsWith("system[")) {
            return "Departments and lines";
        }
        try {
            Area area = Measure.byKey(key).area();
            if (area == Area.cost && MONEY.contains(key)) {
                return "Money";
            }
            return Character.toUpperCase(area.name().charAt(0)) + area.name().substring(1);
        } catch (IllegalArgumentException notAMeasure) {
            return "Other";
        }
    }

    /**
     * Rows grouped (a row naming the group, then its measures); measures that are zero under every
     * policy are folded into one line at the end, so the table shows what moves.
     */
    private List<List<String>> allRows() {
        Map<String, List<List<String>>> byGroup = new LinkedHashMap<>();
        List<String> zero = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Row r : summary) {
            String key = Rows.text(r, "measure");
            if (!"all".equals(Rows.text(r, "segment")) || seen.contains(key)) {
                continue;
            }
            seen.add(key);
            if (zeroEverywhere(key)) {
                zero.add(Numbers.label(key));
                continue;
            }
            List<String> row = new ArrayList<>(List.of(Numbers.label(key), unitOf(key)));
            for (String p : policies) {
                row.add(say.meanWithInterval(key, p));
            }
            byGroup.computeIfAbsent(group(key), g -> new ArrayList<>()).add(row);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> g : byGroup.entrySet()) {
            rows.add(blankRow(g.getKey().toUpperCase(Locale.ROOT)));
            rows.addAll(g.getValue());
        }
        if (!zero.isEmpty()) {
            rows.add(blankRow(zero.size() + " measures are zero under every policy: " + String.join(", ", zero)));
        }
        return rows;
    }

    /** The unit of a key as the reader sees it, money in the scenario's currency: "EUR", "EUR per order". */
    private String unitOf(String key) {
        String unit = Numbers.unitLabel(key);
        return switch (Numbers.unit(key)) {
            case "money" -> currency;
            case "money/order" -> currency + " per order";
            default -> unit;
        };
    }

    private boolean zeroEverywhere(String key) {
        for (String p : policies) {
            Optional<Row> r = say.summaryRow(key, p);
            if (r.isEmpty() || Rows.number(r.get(), "mean") != 0 || Rows.number(r.get(), "ci_low") != 0
                    || Rows.number(r.get(), "ci_high") != 0) {
                return false;
            }
        }
        return true;
    }

    /** A row with text in its first cell only: a group heading or the line of folded measures. */
    private List<String> blankRow(String text) {
        List<String> row = new ArrayList<>(List.of(text, ""));
        for (int i = 0; i < policies.size(); i++) {
            row.add("");
        }
        return row;
    }

    private List<String> method() {
        var m = run.manifest;
        List<String> p = new ArrayList<>();
        p.add("Each policy ran " + m.path("replications").asInt() + " replications of scenario '" + run.scenario()
                + "' (file " + m.path("scenario_file").asText() + ", SHA-256 "
                + m.path("scenario_sha256").asText().substring(0, Math.min(12, m.path("scenario_sha256").asText().length()))
                + "…), seed " + m.path("seed").asText() + ". Replication r uses the same random substreams under every "
                + "policy (common random numbers): every policy meets the same customers, demand and disturbances, "
                + "so differences are measured replication by replication.");
        double warmup = run.warmupDays();
        p.add(String.format(Locale.ROOT, "The first %.0f days of every replication are a warm-up and are not measured "
                + "(%s).", warmup, m.path("warmup").path("method").asText("as set in the scenario")));
        p.add("A figure is the mean over replications; its interval is the Student t 95% confidence interval "
                + "across replications (replications are independent). A difference is the mean of the paired "
                + "differences with its own t interval and the p-value of the paired t-test. Because many "
                + "differences are tested at once, the p-values are adjusted: for each primary measure (lead time, "
                + "on-time delivery, total cost, invoices with an error) by Holm's (1979) step-down procedure over "
                + "the pairs of policies, which keeps the chance of any false mark at 5%; for every other measure "
                + "and every segment by Benjamini and Hochberg's (1995) step-up procedure over all of them, which "
                + "keeps the expected share of false marks among the marks at 5%. A difference is marked * when its "
                + "adjusted p-value is below 5%. "
                + "The lead-time distribution is the mean over replications of the share of orders delivered within "
                + "each number of days; planning series are means over replications per period, warm-up included.");
        p.add("Percentiles of the lead time (median, 90th, 95th) have one estimator everywhere on this page: each "
                + "replication estimates its percentile with the P-square streaming algorithm, and the figure is the "
                + "mean of these estimates with its t interval. The distribution curve is drawn from the shares "
                + "instead, so it may cross 50% or 90% a little away from the quoted percentile.");
        p.add("The order journeys follow four leads of each segment in replication 0, each the first after a random "
                + "instant of the measured period (so of any weekday, hour and season): the same customers under every "
                + "policy. They illustrate; they are not a sample large enough to measure.");
        return p;
    }
}
