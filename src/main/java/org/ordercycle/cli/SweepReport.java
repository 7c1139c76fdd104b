package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.experiment.SweepResult;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;

/**
 * What {@code ordercycle sweep} prints: for each primary measure, one row per design point (its
 * parameter values) and one column per policy, mean ± half-width; or, with {@code --json}, one
 * JSON object with every company-wide measure. It only formats: the figures come from
 * {@link SweepResult}.
 */
final class SweepReport {
    private final PrintWriter out;

    SweepReport(PrintWriter out) {
        this.out = out;
    }

    void print(SweepResult r, long seed) {
        int level = (int) Math.round(100 * r.estimate(r.points().get(0).id(), r.policies().get(0),
                Measure.LEAD_TIME_MEAN.key()).level());
        out.printf("Scenario      %s%n", r.scenario());
        out.printf("Parameters    %s%n", String.join(", ", r.parameters()));
        out.printf("Design        %d point%s x %d polic%s x %d replication%s, on common random numbers; seed %d%n",
                r.points().size(), r.points().size() == 1 ? "" : "s", r.policies().size(),
                r.policies().size() == 1 ? "y" : "ies", r.replications(), r.replications() == 1 ? "" : "s", seed);
        Set<String> warmups = new HashSet<>();
        r.points().forEach(p -> warmups.add(Format.count(r.warmup(p.id()).days()) + " days ("
                + r.warmup(p.id()).method() + ")"));
        out.printf("Warm-up       %s%n", warmups.size() == 1 ? warmups.iterator().next()
                : "detected per point, see manifest.json (--out)");
        out.printf("Figures       mean ± half-width of the %d%% Student t interval across replications%n", level);
        // a point that rests on an overloaded department is named before any figure of it
        for (String message : r.warningsTable().stringColumn("message")) {
            for (String line : Format.wrap("WARNING: " + message + ".", 96)) {
                out.println(line);
            }
        }
        for (Measure m : Experiment.PRIMARY) {
            out.println();
            String unit = Format.unit(m);
            out.println(Format.label(m) + (unit.isEmpty() ? "" : " (" + unit + ")"));
            List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(r.parameters());
            r.policies().forEach(p -> header.add(p.name()));
            TextTable table = new TextTable(header, 1 + r.parameters().size());
            for (SweepResult.Point p : r.points()) {
                List<String> row = new ArrayList<>(List.of(p.id()));
                r.parameters().forEach(name -> row.add(p.values().get(name)));
                for (Policy policy : r.policies()) {
                    row.add(cell(m, r.estimate(p.id(), policy, m.key())));
                }
                table.row(row);
            }
            table.print(out, "  ");
        }
    }

    /** {@code mean ± half-width} in the measure's unit; the mean alone without an interval. */
    static String cell(Measure m, Estimate e) {
        String mean = Format.value(m, e.mean());
        return Double.isFinite(e.halfWidth()) ? mean + " ± " + Format.halfWidth(m, e.halfWidth(), e.mean()) : mean;
    }

    /** One JSON object: the design and, per point and policy, every company-wide measure. */
    static String json(SweepResult r, long seed, String version) {
        ObjectNode root = ExperimentFolder.JSON.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("seed", seed);
        root.put("replications", r.replications());
        root.put("ordercycle_version", version);
        ArrayNode policies = root.putArray("policies");
        r.policies().forEach(p -> policies.add(p.name()));
        ArrayNode params = root.putArray("parameters");
        r.parameters().forEach(params::add);
        ArrayNode points = root.putArray("points");
        for (SweepResult.Point p : r.points()) {
            ObjectNode node = points.addObject();
            node.put("point", p.id());
            ExperimentFolder.putAll(node.putObject("values"), p.values());
            node.put("warmup_days", r.warmup(p.id()).days());
            ObjectNode results = node.putObject("results");
            for (Policy policy : r.policies()) {
                ObjectNode byMeasure = results.putObject(policy.name());
                for (Measure m : Measure.values()) {
                    estimate(byMeasure.putObject(m.key()), r.estimate(p.id(), policy, m.key()));
                }
            }
        }
        try {
            return ExperimentFolder.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** n, mean, sd, ci_low, ci_high; a figure that cannot be computed is null. */
    static void estimate(ObjectNode node, Estimate e) {
        node.put("n", e.n());
        JsonNumbers.put(node, "mean", e.mean());
        JsonNumbers.put(node, "sd", e.sd());
        JsonNumbers.put(node, "ci_low", e.low());
        JsonNumbers.put(node, "ci_high", e.high());
    }

}
