package org.ordercycle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.Attribution;
import org.ordercycle.experiment.AttributionResult;
import org.ordercycle.experiment.Design;
import org.ordercycle.experiment.Factorial;
import org.ordercycle.experiment.FactorialResult;
import org.ordercycle.experiment.Progress;
import org.ordercycle.experiment.Sweep;
import org.ordercycle.experiment.SweepResult;
import org.ordercycle.experiment.TwoLevels;
import org.ordercycle.io.TableFiles;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.policy.Setting;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.bind.Overrides;

/**
 * The sweep and the lever attribution a manifest records, run again: the tables they wrote, by
 * file name. A sweep runs exactly its recorded design points (so a Latin hypercube is not drawn
 * again), an attribution its recorded design kind; both with the recorded policies, seed and
 * replications.
 */
final class ExperimentRerun {
    private ExperimentRerun() {
    }

    /** results.csv, summary.csv and units.csv of the sweep recorded in {@code m}. */
    static Map<String, String> sweep(JsonNode m, Path manifest, Path scenarioFile, long seed, int replications,
                                     int threads, Progress progress) throws UserError, ScenarioException {
        List<Policy> policies = new ArrayList<>();
        for (JsonNode p : m.path("policies")) {
            policies.add(RerunCommand.policy(p, manifest));
        }
        if (policies.isEmpty()) {
            throw new UserError(manifest + " lists no policies; a sweep runs at least one.");
        }
        JsonNode design = m.path("design");
        List<String> parameters = new ArrayList<>();
        for (JsonNode p : design.path("parameters")) {
            parameters.add(p.asText());
        }
        List<SweepResult.Point> points = new ArrayList<>();
        for (JsonNode p : design.path("points")) {
            Map<String, String> values = new LinkedHashMap<>();
            p.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            points.add(new SweepResult.Point(p.path("point").asText(), values));
        }
        if (parameters.isEmpty() || points.isEmpty()) {
            throw new UserError(manifest + " does not record the sweep's design (design.parameters and "
                    + "design.points).");
        }
        Sweep sweep = Sweep.on(scenarioFile).policies(policies).replications(replications).seed(seed).threads(threads)
                .progress(progress);
        try {
            sweep.points(parameters, points);
        } catch (IllegalArgumentException e) {
            throw new UserError(manifest + ": the recorded design is not usable: " + e.getMessage() + ".");
        }
        SweepResult r;
        try {
            r = sweep.run();
        } catch (ScenarioException e) {
            // the values come from the manifest, not from a --param option: say so
            String where = manifest + " design.points";
            throw new ScenarioException(e.errors().stream()
                    .map(err -> Overrides.SOURCE.equals(err.file())
                            ? new ScenarioError(where, 0, 0, err.path(), err.message()) : err)
                    .toList());
        }
        return TableFiles.csvs(r.tables());
    }

    /** effects.csv, one_at_a_time.csv, results.csv and units.csv of the attribution recorded in {@code m}. */
    static Map<String, String> attribute(JsonNode m, Path manifest, Scenario scenario, long seed, int replications,
                                         int threads, Progress progress) throws UserError {
        if (m.has("factorial")) {
            return factorial(m, manifest, scenario, seed, replications, threads, progress);
        }
        String kind = m.path("design").path("kind").asText("");
        Design.Kind k = switch (kind) {
            case "fractional" -> Design.Kind.FRACTIONAL;
            case "full" -> Design.Kind.FULL;
            default -> throw new UserError(manifest + " does not record the design kind (design.kind: full or "
                    + "fractional)" + (kind.isEmpty() ? "" : "; it says '" + kind + "'") + ".");
        };
        JsonNode warmup = m.path("warmup_days");
        Scenario fixed = warmup.isNumber() ? scenario.withWarmup(warmup.asDouble()) : scenario;
        AttributionResult r = Attribution.on(fixed).design(k).levels(levels(m, manifest)).replications(replications)
                .seed(seed).threads(threads).progress(progress).run();
        return TableFiles.csvs(r.tables());
    }

    /**
     * The pair of settings of each lever the manifest records (design.factors' low and high,
     * design.left_out); the presets' pairs for what it does not record (older manifests).
     */
    private static TwoLevels levels(JsonNode m, Path manifest) throws UserError {
        TwoLevels levels = TwoLevels.presets();
        try {
            for (JsonNode f : m.path("design").path("factors")) {
                if (f.has("low") && f.has("high")) {
                    Lever lever = Lever.byName(f.path("lever").asText());
                    levels = levels.with(PolicyCodec.setting(lever, f.path("low").asText()),
                            PolicyCodec.setting(lever, f.path("high").asText()));
                }
            }
            for (JsonNode f : m.path("design").path("left_out")) {
                Setting s = PolicyCodec.setting(f.path("lever").asText(), f.path("setting").asText());
                levels = levels.with(s, s);
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(manifest + ": the recorded design is not usable: " + e.getMessage() + ".");
        }
        return levels;
    }

    /** combinations.csv and setting_effects.csv of the factorial recorded in {@code m}. */
    private static Map<String, String> factorial(JsonNode m, Path manifest, Scenario scenario, long seed,
                                                 int replications, int threads, Progress progress) throws UserError {
        JsonNode design = m.path("factorial");
        List<Lever> levers = new ArrayList<>();
        Factorial f;
        try {
            for (JsonNode l : design.path("levers")) {
                levers.add(Lever.byName(l.asText()));
            }
            JsonNode warmup = m.path("warmup_days");
            f = Factorial.on(warmup.isNumber() ? scenario.withWarmup(warmup.asDouble()) : scenario, levers);
        } catch (IllegalArgumentException e) {
            throw new UserError(manifest + ": the recorded factorial is not usable: " + e.getMessage() + ".");
        }
        FactorialResult r = f.base(RerunCommand.policy(design.path("base"), manifest)).replications(replications)
                .seed(seed).threads(threads).progress(progress).run();
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("combinations.csv", TableFiles.csv(r.combinationsTable()));
        tables.put("setting_effects.csv", TableFiles.csv(r.settingEffectsTable()));
        return tables;
    }

    /**
     * The manifest of a rerun's folder: the recorded one (same design, seed and policies, so the
     * folder can be rerun in turn) with this run's versions, time and command line, and the
     * manifest it repeats.
     */
    static ObjectNode manifestOfRerun(JsonNode recorded, Path manifest, List<String> arguments) {
        ObjectNode m = ((ObjectNode) recorded).deepCopy();
        m.remove(org.ordercycle.io.StagedFolder.FILES); // they were the recorded folder's files, not this one's
        m.put("rerun_of", manifest.toAbsolutePath().normalize().toString());
        m.put("resumed", false);
        ExperimentFolder.putRunContext(m, arguments);
        return m;
    }
}
