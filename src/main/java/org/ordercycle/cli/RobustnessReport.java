package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.ordercycle.experiment.RobustnessResult;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.report.RobustnessPage;
import org.ordercycle.scenario.Assumption;

/**
 * What {@code ordercycle robustness} prints: the assumptions varied, then one line per headline
 * conclusion with the share of the assumed ranges where it holds; or, with {@code --json}, one JSON
 * object. It only formats: the figures come from {@link RobustnessResult}.
 */
final class RobustnessReport {
    private final PrintWriter out;

    RobustnessReport(PrintWriter out) {
        this.out = out;
    }

    void print(RobustnessResult r, long seed) {
        out.printf("Scenario      %s%n", r.sweep().scenario());
        out.printf("Design        %d points (Latin hypercube) x siloed, joint x %d replications, on common random "
                + "numbers; seed %d%n", r.sweep().points().size(), r.sweep().replications(), seed);
        out.printf("Verdict       at each point, the 95%% interval of joint - siloed: holds (wholly on the claimed "
                + "side), reversed (wholly on the other), unclear%n");
        out.println();
        out.println("Assumptions varied");
        TextTable assumptions = new TextTable(List.of("parameter", "low", "high", "why"), 1);
        for (Assumption a : r.assumptions()) {
            assumptions.row(List.of(a.path(), number(a.low()), number(a.high()), Format.fit(a.why(), 60)));
        }
        assumptions.print(out, "  ");
        out.println();
        out.println("Conclusions");
        TextTable table = new TextTable(List.of("conclusion", "holds", "unclear", "reversed", "share holding (95% CI)",
                "depends most on (Spearman)"), 1);
        for (RobustnessResult.Summary s : r.summaries()) {
            table.row(List.of(s.conclusion().claim(), String.valueOf(s.holds()), String.valueOf(s.unclear()),
                    String.valueOf(s.reversed()), share(s), depends(s)));
        }
        table.print(out, "  ");
        out.println();
        for (RobustnessResult.Summary s : r.summaries()) {
            out.println("  " + sentence(s));
        }
    }

    static String sentence(RobustnessResult.Summary s) {
        return RobustnessPage.sentence(s.conclusion().claim(), s.holds(), s.reversed(), s.points(), s.shareLow(),
                s.shareHigh(), s.strongestAssumption(), s.rankCorrelation());
    }

    static String share(RobustnessResult.Summary s) {
        return percent(s.share()) + ", " + percent(s.shareLow()) + " to " + percent(s.shareHigh());
    }

    static String depends(RobustnessResult.Summary s) {
        return s.strongestAssumption().isEmpty() ? "n/a"
                : s.strongestAssumption() + String.format(Locale.ROOT, " (rho %+.2f)", s.rankCorrelation());
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * v);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
    }

    static String json(RobustnessResult r, long seed, String version) {
        ObjectNode root = ExperimentFolder.JSON.createObjectNode();
        root.put("scenario", r.sweep().scenario());
        root.put("seed", seed);
        root.put("points", r.sweep().points().size());
        root.put("replications", r.sweep().replications());
        root.put("ordercycle_version", version);
        ArrayNode assumptions = root.putArray("assumptions");
        for (Assumption a : r.assumptions()) {
            ObjectNode node = assumptions.addObject();
            node.put("path", a.path());
            node.put("low", a.low());
            node.put("high", a.high());
            node.put("why", a.why());
        }
        ArrayNode conclusions = root.putArray("conclusions");
        for (RobustnessResult.Summary s : r.summaries()) {
            ObjectNode node = conclusions.addObject();
            node.put("conclusion", s.conclusion().name());
            node.put("claim", s.conclusion().claim());
            node.put("measure", s.conclusion().measure().key());
            node.put("points", s.points());
            node.put("holds", s.holds());
            node.put("unclear", s.unclear());
            node.put("reversed", s.reversed());
            JsonNumbers.put(node, "share_holds", s.share());
            JsonNumbers.put(node, "share_low", s.shareLow());
            JsonNumbers.put(node, "share_high", s.shareHigh());
            node.put("strongest_assumption", s.strongestAssumption());
            JsonNumbers.put(node, "rank_correlation", s.rankCorrelation());
        }
        try {
            return ExperimentFolder.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
