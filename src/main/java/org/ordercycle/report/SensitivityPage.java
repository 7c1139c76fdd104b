package org.ordercycle.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.ordercycle.report.chart.Charts;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The report of {@code ordercycle sensitivity}, drawn from indices.csv: per primary measure, which
 * parameter moves the joint - siloed difference most, the Morris plane or the Sobol' bars of that
 * difference, and the table of every index.
 */
final class SensitivityPage {
    private static final String DIFFERENCE = "joint-siloed";
    private static final List<String> RESPONSES = List.of("siloed", "joint", DIFFERENCE);
    private final SavedRun run;
    private final Table indices;
    private final boolean morris;

    SensitivityPage(SavedRun run) throws ReportException {
        this.run = run;
        this.indices = run.table("indices.csv");
        this.morris = "morris".equals(run.manifest.path("sensitivity").path("method").asText());
    }

    Page build() {
        var settings = run.manifest.path("sensitivity");
        Page page = run.page("What drives " + run.scenario() + ": " + (morris ? "Morris screening" : "Sobol' indices")
                + " over " + String.join(", ", parameters()),
                (morris ? settings.path("trajectories").asText() + " Morris trajectories (Morris 1991) on "
                        + settings.path("levels").asText() + " levels"
                        : "Saltelli et al. (2010) design of n = " + settings.path("samples").asText() + " ("
                        + settings.path("sampling").asText() + "), " + settings.path("bootstrap").asText()
                        + " bootstrap resamples")
                        + "; siloed and joint on " + run.manifest.path("replications").asInt()
                        + " common-random-number replications per point (seed " + run.manifest.path("seed").asText()
                        + ").");
        List<String> findings = new ArrayList<>();
        for (String key : ComparisonPage.PRIMARY) {
            findings.add(strongest(key));
        }
        page.findings("What moves the gap between joint and siloed", findings);
        for (String key : ComparisonPage.PRIMARY) {
            page.chart(morris ? Charts.morrisPlane(indices, key, DIFFERENCE) : Charts.sobolBars(indices, key, DIFFERENCE),
                    morris ? "Parameters far to the right matter; those near the origin can be fixed anywhere in "
                            + "their range. Above the dashed line, a parameter's effect depends on the others."
                            : "A total index well above the first-order one means the parameter acts through "
                            + "interactions. Indices from few points are rough: read the intervals.");
        }
        page.table("Every index", morris ? "mu* and sigma in the measure's unit per full range of the parameter."
                : "Estimate [bootstrap 95% interval].", header(), rows());
        page.manifest(run.manifest.toPrettyString());
        return page;
    }

    private List<String> parameters() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Row r : indices) {
            out.add(Rows.text(r, "parameter"));
        }
        return new ArrayList<>(out);
    }

    /** "Total cost, joint - siloed: moved most by X (mu* 120), then Y (mu* 40)." */
    String strongest(String key) {
        String index = morris ? "mu_star" : "total";
        List<Row> rows = new ArrayList<>(Rows.where(indices, r -> key.equals(Rows.text(r, "measure"))
                && DIFFERENCE.equals(Rows.text(r, "response")) && index.equals(Rows.text(r, "index"))
                && Double.isFinite(Rows.number(r, "estimate"))));
        String label = Numbers.label(key) + ", joint - siloed";
        if (rows.isEmpty()) {
            return label + ": no index could be estimated (the difference does not vary over the design).";
        }
        rows.sort((a, b) -> Double.compare(Rows.number(b, "estimate"), Rows.number(a, "estimate")));
        List<String> parts = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(2, rows.size()))) {
            parts.add(Rows.text(r, "parameter") + " (" + figure(key, r, index) + ")");
        }
        return label + ": moved most by " + String.join(", then ", parts) + ".";
    }

    private String figure(String key, Row r, String index) {
        String name = switch (index) {
            case "mu_star" -> "mu* ";
            case "total" -> "total index ";
            case "first" -> "first-order index ";
            default -> index + " ";
        };
        return name + cell(key, r, index);
    }

    /** A Morris figure in the measure's unit, or a Sobol' index with its interval. */
    private static String cell(String key, Row r, String index) {
        double v = Rows.number(r, "estimate");
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        if (!index.equals("first") && !index.equals("total")) {
            return Numbers.value(Numbers.unit(key), v);
        }
        double lo = Rows.number(r, "ci_low");
        double hi = Rows.number(r, "ci_high");
        return String.format(Locale.ROOT, "%.2f", v)
                + (Double.isFinite(lo) ? String.format(Locale.ROOT, " [%.2f, %.2f]", lo, hi) : "");
    }

    private List<String> header() {
        List<String> h = new ArrayList<>(List.of("Measure", "Parameter"));
        for (String response : RESPONSES) {
            h.add(response + (morris ? " mu*" : " first order"));
            h.add(response + (morris ? " sigma" : " total"));
        }
        return h;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (String key : ComparisonPage.PRIMARY) {
            for (String p : parameters()) {
                List<String> row = new ArrayList<>(List.of(Numbers.label(key), p));
                for (String response : RESPONSES) {
                    for (String index : morris ? List.of("mu_star", "sigma") : List.of("first", "total")) {
                        row.add(Rows.find(indices, "measure", key, "response", response, "parameter", p, "index",
                                index).map(r -> cell(key, r, index)).orElse("n/a"));
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
