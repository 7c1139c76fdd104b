package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.experiment.Sensitivity;
import org.ordercycle.experiment.SensitivityResult;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.stats.Measure;

/**
 * What {@code ordercycle sensitivity} prints: per primary measure, one row per parameter with its
 * indices for siloed, joint and joint - siloed; or, with {@code --json}, every index. Only formats.
 */
final class SensitivityReport {
    private final PrintWriter out;

    SensitivityReport(PrintWriter out) {
        this.out = out;
    }

    void print(SensitivityResult r, long seed) {
        boolean morris = r.method() == Sensitivity.Method.MORRIS;
        out.printf("Scenario      %s%n", r.sweep().scenario());
        List<String> ranges = new ArrayList<>();
        for (String p : r.parameters()) {
            ranges.add(p + " " + number(r.range(p)[0]) + ".." + number(r.range(p)[1]));
        }
        out.printf("Parameters    %s%n", String.join(", ", ranges));
        out.printf("Design        %s: %d points x 2 policies x %d replication%s, common random numbers; seed %d%n",
                morris ? "Morris, " + r.settings().get("trajectories") + " trajectories on "
                        + r.settings().get("levels") + " levels"
                        : "Saltelli, n = " + r.settings().get("samples") + " (" + r.settings().get("sampling") + ")",
                r.sweep().points().size(), r.sweep().replications(), r.sweep().replications() == 1 ? "" : "s", seed);
        out.println(morris ? "Figures       mu* (mean absolute effect of moving a parameter across its whole range, "
                + "in the measure's unit) and sigma (spread of the effects: interactions)"
                : "Figures       first-order index S1 and total index ST (shares of the variance across the design) "
                + "with bootstrap 95% intervals");
        for (Measure m : Experiment.PRIMARY) {
            out.println();
            String unit = Format.unit(m);
            out.println(Format.label(m) + (unit.isEmpty() ? "" : " (" + unit + ")"));
            List<String> header = new ArrayList<>(List.of("parameter"));
            for (String response : SensitivityResult.RESPONSES) {
                if (morris) {
                    header.add(response + " mu*");
                    header.add("sigma");
                } else {
                    header.add(response + " S1");
                    header.add("ST");
                }
            }
            TextTable table = new TextTable(header, 1);
            for (String p : r.parameters()) {
                List<String> row = new ArrayList<>(List.of(p));
                for (String response : SensitivityResult.RESPONSES) {
                    if (morris) {
                        row.add(Format.value(m, r.index(m.key(), response, p, "mu_star").estimate()));
                        row.add(Format.value(m, r.index(m.key(), response, p, "sigma").estimate()));
                    } else {
                        row.add(share(r.index(m.key(), response, p, "first")));
                        row.add(share(r.index(m.key(), response, p, "total")));
                    }
                }
                table.row(row);
            }
            table.print(out, "  ");
        }
    }

    /** "0.31 [0.25, 0.36]", or "n/a" for an output that does not vary. */
    static String share(SensitivityResult.Index i) {
        if (!Double.isFinite(i.estimate())) {
            return "n/a";
        }
        String e = String.format(Locale.ROOT, "%.2f", i.estimate());
        return Double.isFinite(i.low()) ? e + String.format(Locale.ROOT, " [%.2f, %.2f]", i.low(), i.high()) : e;
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** One JSON object: the design settings, the ranges and every index. */
    static String json(SensitivityResult r, long seed, String version) {
        ObjectNode root = ExperimentFolder.JSON.createObjectNode();
        root.put("scenario", r.sweep().scenario());
        root.put("seed", seed);
        root.put("ordercycle_version", version);
        ExperimentFolder.putAll(root.putObject("settings"), r.settings());
        root.put("points", r.sweep().points().size());
        ObjectNode ranges = root.putObject("ranges");
        for (String p : r.parameters()) {
            ranges.putArray(p).add(r.range(p)[0]).add(r.range(p)[1]);
        }
        ArrayNode indices = root.putArray("indices");
        for (SensitivityResult.Index i : r.indices()) {
            ObjectNode node = indices.addObject();
            node.put("measure", i.measure());
            node.put("response", i.response());
            node.put("parameter", i.parameter());
            node.put("index", i.index());
            JsonNumbers.put(node, "estimate", i.estimate());
            JsonNumbers.put(node, "ci_low", i.low());
            JsonNumbers.put(node, "ci_high", i.high());
        }
        try {
            return ExperimentFolder.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
