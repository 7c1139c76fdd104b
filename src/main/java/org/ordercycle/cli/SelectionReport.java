package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.ordercycle.experiment.KimNelson;
import org.ordercycle.experiment.SelectionResult;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;

/**
 * What {@code ordercycle select} prints: the procedure and its guarantee, who was eliminated at
 * which replication and why, the policy selected, and the intervals for multiple comparisons
 * with the best; or, with {@code --json}, one JSON object. Every figure comes from
 * {@link SelectionResult}.
 */
final class SelectionReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int WIDTH = 100;

    private final PrintWriter out;

    SelectionReport(PrintWriter out) {
        this.out = out;
    }

    void print(SelectionResult r, Path file, long seed) {
        Measure m = r.measure();
        String unit = Format.unit(m);
        out.printf("Scenario      %s (%s)%n", r.scenario(), file.getFileName());
        out.printf("Policies      %s%n", String.join(", ", r.policies().stream().map(Policy::name).toList()));
        out.printf("Measure       %s (%s is better)%n", ComparisonReport.label(m),
                m.direction() == Measure.Direction.HIGHER ? "higher" : "lower");
        out.printf("Seed          %d%n", seed);
        out.printf("Warm-up       %s days (%s)%n", Format.count(r.warmupDays()), r.warmupMethod());
        wrap("Procedure     ", procedure(r));
        out.println();
        out.println("ELIMINATIONS");
        if (r.outcome().eliminations().isEmpty()) {
            out.println("  none");
        }
        for (KimNelson.Elimination e : r.outcome().eliminations()) {
            Policy p = r.policies().get(e.system());
            Policy by = r.policies().get(e.by());
            wrap("  ", String.format(Locale.ROOT, "after %d replications: %s, eliminated by %s. Summed over the "
                            + "replications, %s was %s%s behind %s; the allowance at this stage was %s%s.",
                    e.replications(), p.name(), by.name(), p.name(), Format.value(m, -e.sumOfDifferences()),
                    unitSuffix(unit), by.name(), Format.value(m, e.bound()), unitSuffix(unit)));
        }
        out.println();
        Policy best = r.best();
        if (r.capped()) {
            wrap("UNDECIDED     ", String.format(Locale.ROOT, "%d replications per policy reached with %d "
                    + "policies still in contention; %s has the best mean among them, but without the guarantee: "
                    + "they may be within %s%s of each other. Raise --max-replications, or accept that they are "
                    + "equally good within the zone.", r.maxReplications(), r.outcome().survivors().size(),
                    best.name(), Format.value(m, r.delta()), unitSuffix(unit)));
        } else {
            int uniform = r.replications(best) * r.policies().size();
            wrap("SELECTED      ", String.format(Locale.ROOT, "%s, after %d replications (%d run in all%s).",
                    best.name(), r.replications(best), r.totalReplications(), r.totalReplications() < uniform
                            ? "; running every policy as long would have taken " + uniform : ""));
        }
        out.println();
        wrap("", String.format(Locale.ROOT, "MULTIPLE COMPARISONS WITH THE BEST: each policy's mean minus the best "
                + "mean of the others (for a lower-is-better measure the best is the lowest), with constrained "
                + "intervals (Hsu 1984) meant to hold jointly at %.0f%%. An interval at or beyond 0 on the worse "
                + "side says the policy is not the best; one on the better side, that it is.", 100 * r.pcs()));
        String head = String.format(Locale.ROOT, "  %-18s %-10s %12s %16s  %s", "policy", "status", "replications",
                "mean", "minus the best of the others");
        out.println(head);
        for (Policy p : r.policies()) {
            double[] ci = r.mcb(p);
            out.println(String.format(Locale.ROOT, "  %-18s %-10s %12d %16s  [%s, %s]", Format.fit(p.name(), 18),
                    r.status(p), r.replications(p), Format.value(m, r.mean(p)), signed(m, ci[0]), signed(m, ci[1]))
                    .stripTrailing());
        }
        out.println();
        out.println("Every replication: --json or --out DIR (tables/results.csv). Units: " + unitName(m) + ".");
    }

    /** Kim and Nelson's procedure with its settings and what it guarantees. */
    static String procedure(SelectionResult r) {
        Measure m = r.measure();
        return String.format(Locale.ROOT, "Kim & Nelson (2001) fully sequential KN on common random numbers: %d "
                        + "replications of every policy first, then one at a time for those still in contention. "
                        + "It selects the best with probability at least %.0f%% when the best is at least %s%s better "
                        + "than every other (the indifference zone%s); within the zone, any policy within it of the "
                        + "best may be selected. eta = %.4f, h^2 = %.3f.", r.firstStage(), 100 * r.pcs(),
                Format.value(m, r.delta()), unitSuffix(Format.unit(m)),
                r.deltaAutomatic() ? ", set to " + (m.unit().equals("share") ? "one percentage point"
                        : "1% of the first-stage mean") + " as --delta was not given" : ", --delta",
                r.outcome().eta(), r.outcome().hSquared());
    }

    /** The procedure's settings and outcome, for the manifest and --json. */
    static void putProcedure(ObjectNode node, SelectionResult r) {
        node.put("procedure", "KN (Kim and Nelson 2001), common random numbers, c = 1");
        node.put("measure", r.measure().key());
        node.put("direction", r.measure().direction().name().toLowerCase(Locale.ROOT));
        JsonNumbers.put(node, "delta", r.delta());
        node.put("delta_automatic", r.deltaAutomatic());
        node.put("pcs", r.pcs());
        node.put("first_stage", r.firstStage());
        node.put("max_replications", r.maxReplications());
        JsonNumbers.put(node, "eta", r.outcome().eta());
        JsonNumbers.put(node, "h_squared", r.outcome().hSquared());
        node.put("selected", r.best().name());
        node.put("capped", r.capped());
        node.put("total_replications", r.totalReplications());
    }

    static String json(SelectionResult r, long seed, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("seed", seed);
        root.put("common_random_numbers", true);
        ObjectNode warmup = root.putObject("warmup");
        warmup.put("days", r.warmupDays());
        warmup.put("method", r.warmupMethod());
        putProcedure(root.putObject("selection"), r);
        ArrayNode policies = root.putArray("policies");
        for (Policy p : r.policies()) {
            ObjectNode node = policies.addObject();
            node.put("name", p.name());
            node.put("status", r.status(p));
            node.put("replications", r.replications(p));
            JsonNumbers.put(node, "mean", r.mean(p));
            JsonNumbers.put(node, "mcb_low", r.mcb(p)[0]);
            JsonNumbers.put(node, "mcb_high", r.mcb(p)[1]);
            p.settings().forEach(node.putObject("levers")::put);
        }
        ArrayNode eliminations = root.putArray("eliminations");
        for (KimNelson.Elimination e : r.outcome().eliminations()) {
            ObjectNode node = eliminations.addObject();
            node.put("replications", e.replications());
            node.put("policy", r.policies().get(e.system()).name());
            node.put("eliminated_by", r.policies().get(e.by()).name());
            JsonNumbers.put(node, "behind_by", -e.sumOfDifferences());
            JsonNumbers.put(node, "allowance", e.bound());
        }
        root.put("unit", r.measure().unit());
        root.put("version", version);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void wrap(String prefix, String text) {
        String indent = " ".repeat(prefix.isEmpty() ? 0 : Math.max(prefix.length(), 2));
        for (String line : Format.wrap(text, WIDTH - indent.length())) {
            out.println((prefix.isEmpty() ? "" : prefix) + line);
            prefix = indent;
        }
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : unit.equals("%") ? " points" : " " + unit;
    }

    private static String unitName(Measure m) {
        return m.unit().equals("share") ? "shares in percent, differences in percentage points" : m.unitLabel();
    }

    private static String signed(Measure m, double v) {
        String s = Format.value(m, v);
        return v > 0 && !s.matches("[0.,]*") ? "+" + s : s.matches("-[0.,]*") ? s.substring(1) : s;
    }
}
