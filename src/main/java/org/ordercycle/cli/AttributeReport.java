package org.ordercycle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ordercycle.experiment.AttributionResult;
import org.ordercycle.experiment.Design;
import org.ordercycle.experiment.Effects;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.experiment.FactorialResult;
import org.ordercycle.experiment.TwoLevels;
import org.ordercycle.io.JsonNumbers;
import org.ordercycle.policy.Lever;
import org.ordercycle.stats.Measure;

/**
 * What {@code ordercycle attribute} prints: the levers ranked by their main effect on lead time,
 * total cost and invoices with an error; the strongest interaction chains; the one-at-a-time
 * differences. Or, with {@code --json}, one JSON object. It only formats: the figures come from
 * {@link AttributionResult}.
 */
final class AttributeReport {
    /** The measures shown, in order. */
    static final List<Measure> SHOWN = List.of(Measure.LEAD_TIME_MEAN, Measure.TOTAL_COST, Measure.BILLING_ERROR_RATE);
    /** Interaction chains shown per measure. */
    static final int TOP_INTERACTIONS = 3;

    private final PrintWriter out;

    AttributeReport(PrintWriter out) {
        this.out = out;
    }

    void print(AttributionResult r, long seed) {
        Design d = r.design();
        int level = (int) Math.round(100 * r.effects().get(0).term().estimate().level());
        out.printf("Scenario      %s%n", r.scenario());
        out.printf("Design        %s%n", describe(d, r.levels().factors()));
        out.printf("Policies      %d design points + %d more for the one-at-a-time view, %d replication%s each, "
                        + "on common random numbers; seed %d%n", d.runs(), r.runs().size() - d.runs(),
                r.replications(), r.replications() == 1 ? "" : "s", seed);
        out.printf("Warm-up       %s days (%s)%n", Format.count(r.warmup().days()), r.warmup().method());
        TwoLevels levels = r.levels();
        if (!levels.describeChanges().isEmpty()) {
            out.printf("Settings      -1,+1 of each lever as the presets' except %s%n", levels.describeChanges());
        }
        for (Lever fixed : levels.fixed()) {
            out.printf("Left out      %s (both settings %s: not a factor of this design)%n", fixed.cliName(),
                    levels.low(fixed).name());
        }
        String low = levels.arePresets() ? "siloed" : "low";
        String high = levels.arePresets() ? "joint" : "high";
        out.printf("Effect        mean with the lever %s - mean with it %s, over the design points; the %d%% "
                + "interval is across replications;%n", high, low, level);
        out.printf("              * marks an interval that excludes 0; effects on shares are in percentage points%n");
        for (Measure m : SHOWN) {
            out.println();
            out.println(title(m) + ": levers ranked by the size of their main effect");
            TextTable t = new TextTable(List.of("rank", "lever", "step", "effect", level + "% interval"), 2);
            int rank = 1;
            for (AttributionResult.Effect e : r.ranking(m)) {
                Lever lever = Lever.byName(e.term().term());
                t.row(List.of(Integer.toString(rank++), lever.cliName(), Integer.toString(lever.step()),
                        signed(m, e.term().estimate()), interval(m, e.term().estimate())));
            }
            t.print(out, "  ");
        }
        out.println();
        out.println(d.kind() == Design.Kind.FULL ? "Strongest two-lever interactions"
                : "Strongest two-lever interactions (resolution IV: each is a chain of aliased interactions, "
                        + "listed under it, whose sum is estimated)");
        for (Measure m : SHOWN) {
            out.println();
            out.println(title(m));
            TextTable t = new TextTable(List.of("interaction", "effect", level + "% interval"), 1);
            for (AttributionResult.Effect e : r.interactions(m).subList(0, Math.min(TOP_INTERACTIONS,
                    r.interactions(m).size()))) {
                Effects.Term term = e.term();
                t.row(List.of(term.term(), signed(m, term.estimate()), interval(m, term.estimate())));
                term.aliases().forEach(a -> t.row(List.of("  = " + a, "", "")));
            }
            t.print(out, "  ");
        }
        out.println();
        out.println("One lever at a time (paired differences on the same replications)");
        for (Measure m : SHOWN) {
            out.println();
            out.println(title(m));
            TextTable t = new TextTable(List.of("lever", low + ", this lever " + high, high + ", this lever " + low), 1);
            for (Lever lever : levels.factors()) {
                List<String> row = new ArrayList<>(List.of(lever.cliName()));
                for (AttributionResult.Switch s : r.oneAtATime()) {
                    if (s.measure() == m && s.lever() == lever) {
                        row.add(signed(m, s.difference()));
                    }
                }
                t.row(row);
            }
            t.print(out, "  ");
        }
    }

    /** The factorial: each combination's estimates, then each setting's main effect against the base's setting. */
    void printFactorial(FactorialResult f, long seed) {
        int level = (int) Math.round(100 * f.cells().get(0).estimate().level());
        out.printf("Scenario      %s%n", f.scenario());
        out.printf("Design        full factorial over %s: %d combinations, %d replication%s each, on common random "
                        + "numbers; seed %d%n", String.join(" x ", f.levers().stream()
                        .map(l -> l.cliName() + " (" + l.coordinationSettings().size() + ")").toList()), f.policies().size(),
                f.replications(), f.replications() == 1 ? "" : "s", seed);
        out.printf("Other levers  as in the %s policy%n", f.base().name());
        out.printf("Warm-up       %s days (%s)%n", Format.count(f.warmup().days()), f.warmup().method());
        out.printf("Figures       mean ± half-width of the %d%% interval across replications; * marks an effect whose "
                + "interval excludes 0%n", level);
        for (Measure m : SHOWN) {
            out.println();
            out.println(title(m) + ": each combination");
            List<String> header = new ArrayList<>(f.levers().stream().map(Lever::cliName).toList());
            header.add("mean");
            TextTable t = new TextTable(header, f.levers().size());
            for (FactorialResult.Cell c : f.cells()) {
                if (c.measure() == m) {
                    List<String> row = new ArrayList<>(f.levers().stream().map(l -> c.policy().setting(l).name()).toList());
                    row.add(Format.value(m, c.estimate().mean()) + (Double.isFinite(c.estimate().halfWidth())
                            ? " ± " + Format.halfWidth(m, c.estimate().halfWidth(), c.estimate().mean()) : ""));
                    t.row(row);
                }
            }
            t.print(out, "  ");
        }
        out.println();
        out.println("Main effect of each setting against the base's setting (mean over the combinations with that "
                + "setting minus the mean over those with the base's)");
        for (Measure m : SHOWN) {
            out.println();
            out.println(title(m));
            TextTable t = new TextTable(List.of("lever", "setting", "against", "effect"), 3);
            for (FactorialResult.SettingEffect e : f.effects()) {
                if (e.measure() == m) {
                    t.row(List.of(e.setting().lever().cliName(), e.setting().name(), e.reference().name(),
                            signed(m, e.effect())));
                }
            }
            t.print(out, "  ");
        }
    }

    /** The factorial as one JSON object: levers, base, combinations with their estimates, setting effects. */
    static String factorialJson(FactorialResult f, long seed, String version) {
        ObjectNode root = ExperimentFolder.JSON.createObjectNode();
        root.put("scenario", f.scenario());
        root.put("seed", seed);
        root.put("replications", f.replications());
        root.put("warmup_days", f.warmup().days());
        root.put("ordercycle_version", version);
        root.put("base", f.base().name());
        ArrayNode levers = root.putArray("levers");
        f.levers().forEach(l -> levers.add(l.cliName()));
        ArrayNode cells = root.putArray("combinations");
        for (FactorialResult.Cell c : f.cells()) {
            ObjectNode node = cells.addObject();
            node.put("measure", c.measure().key());
            node.put("policy", c.policy().name());
            ObjectNode settings = node.putObject("settings");
            f.levers().forEach(l -> settings.put(l.cliName(), c.policy().setting(l).name()));
            values(node, "mean", c.estimate());
        }
        ArrayNode effects = root.putArray("setting_effects");
        for (FactorialResult.SettingEffect e : f.effects()) {
            ObjectNode node = effects.addObject();
            node.put("measure", e.measure().key());
            node.put("lever", e.setting().lever().cliName());
            node.put("setting", e.setting().name());
            node.put("reference", e.reference().name());
            values(node, "effect", e.effect());
        }
        try {
            return ExperimentFolder.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** E.g. "fractional 2^(12-7), 32 policies, resolution IV; F=ABC, G=ABD, ...". */
    static String describe(Design d, List<Lever> factors) {
        if (d.kind() == Design.Kind.FULL) {
            return String.format("full factorial 2^%d, %,d policies: every main effect and interaction clear",
                    d.factors(), d.runs());
        }
        List<String> gens = new ArrayList<>();
        for (int j = d.baseFactors(); j < d.factors(); j++) {
            gens.add(factors.get(j).cliName() + "=" + d.generator(j));
        }
        List<String> base = new ArrayList<>();
        for (int j = 0; j < d.baseFactors(); j++) {
            base.add(d.generator(j) + "=" + factors.get(j).cliName());
        }
        return String.format("fractional 2^(%d-%d), %d policies, resolution IV; %s; %s", d.factors(),
                d.factors() - d.baseFactors(), d.runs(), String.join(", ", base), String.join(", ", gens));
    }

    private static String title(Measure m) {
        String unit = Format.unit(m);
        return Format.label(m) + (unit.isEmpty() ? "" : unit.equals("%") ? " (percentage points)" : " (" + unit + ")");
    }

    /** Signed mean ± half-width, with * when the interval excludes 0. */
    static String signed(Measure m, Estimate e) {
        String mean = (e.mean() > 0 ? "+" : "") + Format.value(m, e.mean());
        String hw = Double.isFinite(e.halfWidth()) ? " ± " + Format.halfWidth(m, e.halfWidth(), e.mean()) : "";
        return mean + hw + (e.excludesZero() ? " *" : "  ");
    }

    private static String interval(Measure m, Estimate e) {
        if (!Double.isFinite(e.halfWidth())) {
            return "n/a";
        }
        return "[" + Format.value(m, e.low()) + ", " + Format.value(m, e.high()) + "]";
    }

    /** The design as JSON: kind, runs, each lever's generator and, for a fraction, the alias chains. */
    static ObjectNode designJson(AttributionResult r) {
        return org.ordercycle.experiment.Manifests.attributionDesign(r);
    }

    /** One JSON object: design, effects and one-at-a-time differences. */
    static String json(AttributionResult r, long seed, String version) {
        ObjectNode root = ExperimentFolder.JSON.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("seed", seed);
        root.put("replications", r.replications());
        root.put("warmup_days", r.warmup().days());
        root.put("ordercycle_version", version);
        root.set("design", designJson(r));
        ArrayNode effects = root.putArray("effects");
        for (AttributionResult.Effect e : r.effects()) {
            ObjectNode node = effects.addObject();
            node.put("measure", e.measure().key());
            node.put("term", e.term().term());
            ArrayNode aliases = node.putArray("aliases");
            e.term().aliases().forEach(aliases::add);
            values(node, "effect", e.term().estimate());
        }
        ArrayNode switches = root.putArray("one_at_a_time");
        for (AttributionResult.Switch s : r.oneAtATime()) {
            ObjectNode node = switches.addObject();
            node.put("measure", s.measure().key());
            node.put("base", s.base().name());
            node.put("lever", s.lever().cliName());
            values(node, "difference", s.difference());
        }
        try {
            return ExperimentFolder.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void values(ObjectNode node, String field, Estimate e) {
        node.put("n", e.n());
        JsonNumbers.put(node, field, e.mean());
        JsonNumbers.put(node, "ci_low", e.low());
        JsonNumbers.put(node, "ci_high", e.high());
        node.put("significant", e.excludesZero());
    }
}
