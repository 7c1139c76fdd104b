package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.LeverCombinations;
import org.ordercycle.experiment.OptimisationResult;
import org.ordercycle.experiment.SuccessiveHalving;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.stats.Measure;

/**
 * What {@code ordercycle optimise} prints: the screening rounds, the selection among the
 * finalists, the continuous search, the winning settings and its confirmation against siloed
 * and joint; or, with {@code --json}, one JSON object. Every figure comes from
 * {@link OptimisationResult}.
 */
final class OptimisationReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int WIDTH = 100;
    private static final String[] ROWS = {"siloed", "joint"};

    private final PrintWriter out;

    OptimisationReport(PrintWriter out) {
        this.out = out;
    }

    void print(OptimisationResult r, Path file, long seed) {
        Measure m = r.objective();
        out.printf("Scenario      %s (%s)%n", r.scenario(), file.getFileName());
        out.printf("Objective     %s (%s is better)%n", ComparisonReport.label(m),
                m.direction() == Measure.Direction.HIGHER ? "higher" : "lower");
        if (r.budgetMeasure() != null) {
            out.printf("Budget        mean %s <= %s (a candidate over it is infeasible)%n", r.budgetMeasure().key(),
                    Format.value(r.budgetMeasure(), r.budget()));
        }
        out.printf("Levers        %s (%d combinations; %d candidates)%n", String.join(", ",
                r.levers().stream().map(l -> l.cliName()).toList()), 1L << r.levers().size(), r.candidates().size());
        out.printf("Seed          %d%n", seed);
        out.printf("Warm-up       %s days (%s)%n", Format.count(r.warmupDays()), r.warmupMethod());
        out.println();
        out.println("SCREENING (successive halving on common random numbers)");
        for (SuccessiveHalving.Round round : r.halving().rounds()) {
            int kept = 0;
            int feasible = 0;
            for (int i = 0; i < round.candidates().length; i++) {
                kept += round.survived()[i] ? 1 : 0;
                feasible += round.feasible()[i] ? 1 : 0;
            }
            out.printf(Locale.ROOT, "  round %d: %3d candidates x %3d replications, %d within the budget, %d kept%n",
                    round.round(), round.candidates().length, round.replications(), feasible, kept);
        }
        out.println();
        if (r.selection() != null) {
            wrap("SELECTION     ", String.format(Locale.ROOT, "Kim & Nelson among the %d finalists within the "
                            + "budget, on fresh replications (indifference zone %s, PCS %.2f)%s.", r.finalists().size(),
                    Format.value(m, r.delta()), r.pcs(), r.selection().capped()
                            ? "; the cap on replications was reached: no guarantee" : ""));
        } else {
            wrap("SELECTION     ", "one finalist within the budget: no selection needed.");
        }
        if (r.search() != null) {
            wrap("SEARCH        ", String.format(Locale.ROOT, "CMA-ES, %d evaluations on common random numbers: %s",
                    r.search().evaluations().size(), r.tuned()));
        }
        out.println();
        out.println("WINNER");
        wrap("  ", LeverCombinations.changes(r.winner()) + (r.tuned().isEmpty() ? "" : " " + r.tuned()));
        out.println();
        wrap("", String.format(Locale.ROOT, "CONFIRMATION on %d fresh replications (indices %d-%d, not used by "
                        + "the search), common random numbers, %.0f%% intervals:", r.confirmations(),
                r.confirmFrom() + 1, r.confirmFrom() + r.confirmations(), 100 * r.level()));
        for (Measure x : measures(r)) {
            Estimate e = r.estimate(0, x);
            out.printf("  %-20s optimised %s ± %s%n", Format.fit(x.key(), 20), Format.value(x, e.mean()),
                    Format.halfWidth(x, e.halfWidth(), e.mean()));
            for (int k = 1; k <= 2; k++) {
                Estimate d = r.difference(k, x);
                out.printf("  %-20s minus %-6s %s [%s, %s]%s%n", "", ROWS[k - 1], Format.value(x, d.mean()),
                        Format.value(x, d.low()), Format.value(x, d.high()), d.excludesZero() ? " *" : "");
            }
        }
        out.println("  * the interval excludes 0");
    }

    private static List<Measure> measures(OptimisationResult r) {
        return r.budgetMeasure() == null || r.budgetMeasure() == r.objective() ? List.of(r.objective())
                : List.of(r.objective(), r.budgetMeasure());
    }

    private void wrap(String head, String text) {
        List<String> lines = Format.wrap(text, WIDTH - head.length());
        String pad = " ".repeat(head.length());
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? head : pad) + lines.get(i));
        }
    }

    static void putProcedure(ObjectNode node, OptimisationResult r) {
        node.put("screening", "successive halving, common random numbers");
        node.put("selection", "KN (Kim and Nelson 2001) among the finalists within the budget");
        node.put("objective", r.objective().key());
        node.put("direction", r.objective().direction().name().toLowerCase(Locale.ROOT));
        if (r.budgetMeasure() != null) {
            node.put("budget_measure", r.budgetMeasure().key());
            JsonNumbers.put(node, "budget", r.budget());
        }
        ArrayNode levers = node.putArray("levers");
        r.levers().forEach(l -> levers.add(l.cliName()));
        JsonNumbers.put(node, "delta", r.delta());
        node.put("pcs", r.pcs());
        node.put("confirm_from", r.confirmFrom());
        node.put("total_replications", r.totalReplications());
        r.settings().forEach(node::put);
    }

    static String json(OptimisationResult r, long seed, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("seed", seed);
        root.put("version", version);
        root.put("common_random_numbers", true);
        putProcedure(root.putObject("optimisation"), r);
        ArrayNode rounds = root.putArray("rounds");
        for (SuccessiveHalving.Round round : r.halving().rounds()) {
            ObjectNode n = rounds.addObject();
            n.put("round", round.round());
            n.put("replications", round.replications());
            n.put("candidates", round.candidates().length);
        }
        ObjectNode winner = root.putObject("winner");
        r.winner().settings().forEach(winner.putObject("levers")::put);
        ObjectNode params = winner.putObject("parameters");
        for (Map.Entry<String, String> e : r.tuned().entrySet()) {
            params.put(e.getKey(), e.getValue());
        }
        ArrayNode confirm = root.putArray("confirmation");
        String[] names = {OptimisationResult.OPTIMISED, "siloed", "joint"};
        for (Measure x : measures(r)) {
            for (int k = 0; k < 5; k++) {
                Estimate e = k < 3 ? r.estimate(k, x) : r.difference(k - 2, x);
                ObjectNode n = confirm.addObject();
                n.put("policy", k < 3 ? names[k] : OptimisationResult.OPTIMISED + " - " + names[k - 2]);
                n.put("measure", x.key());
                n.put("n", e.n());
                JsonNumbers.put(n, "mean", e.mean());
                JsonNumbers.put(n, "ci_low", e.low());
                JsonNumbers.put(n, "ci_high", e.high());
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
