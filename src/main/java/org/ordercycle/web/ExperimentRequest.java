package org.ordercycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.Attribution;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.experiment.TwoLevels;
import org.ordercycle.policy.Policy;

/**
 * The body of {@code POST /api/experiments}, checked field by field. A comparison: {@code {"kind":
 * "compare", "scenario": "classroom.yaml", "policies": ["siloed", "joint"], "replications": 3,
 * "seed": 1}}. A sweep adds {@code "params": ["steps.planning.inflationMean=0,0.2"]} (as the
 * command line's --param, ranges LO..HI with {@code "samples"}); an attribution ({@code "kind":
 * "attribute"}) runs the two-level design over the levers and takes no policies; {@code
 * "settings": {"strategic-selection": ["junior", "senior-capacity"]}} sets a lever's two levels, as
 * the command line's --settings. A comparison may instead of replications give a precision target
 * ({@code "precision": 0.05, "maxReplications": 100}), as {@code compare --precision}. {@code
 * "deck": true} and {@code "xlsx": true} also write deck.pptx and tables.xlsx into the report
 * folder, as --deck and --xlsx. A
 * policy is a preset (siloed, joint) or the file name of a policy saved in the workspace. With
 * {@code "cancelWhenUnwatched": true} (as the page sends) the run is cancelled once no browser has
 * followed its events for a while; a script's run, without it, goes on unwatched.
 */
record ExperimentRequest(String kind, String scenario, List<String> policies, int replications, long seed,
                         List<String> params, Integer samples, boolean cancelWhenUnwatched, Double precision,
                         int maxReplications, Map<String, List<String>> settings, boolean deck, boolean xlsx) {
    /** Most replications per policy a web request may ask for. */
    static final int MAX_REPLICATIONS = 200;
    /** Most Latin hypercube samples a web sweep may ask for. */
    static final int MAX_SAMPLES = 100;
    static final List<String> KINDS = List.of("compare", "sweep", "attribute");

    boolean isCompare() {
        return kind.equals("compare");
    }

    /** Replications per policy the experiment may run: the fixed number, or a precision run's cap. */
    int plannedReplications() {
        return precision == null ? replications : maxReplications;
    }

    /** The lever pairs of an attribution: the presets' with those of {@code settings} replaced. */
    TwoLevels levels() {
        return levels(settings);
    }

    static ExperimentRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "The body must be a JSON object such as {\"kind\": \"compare\", "
                    + "\"scenario\": \"classroom.yaml\", \"policies\": [\"siloed\", \"joint\"], \"replications\": 3}.");
        }
        String kind = body.path("kind").asText("compare");
        if (!KINDS.contains(kind)) {
            throw new ApiException(400, "kind: '" + kind + "' is not served; allowed: " + String.join(", ", KINDS) + ".");
        }
        if (!body.path("scenario").isTextual()) {
            throw new ApiException(400, "scenario: give the scenario's file name, e.g. \"classroom.yaml\".");
        }
        String scenario = body.get("scenario").asText();
        List<String> policies = kind.equals("attribute") ? List.of() : policies(body.path("policies"), kind);
        int defaultReplications = switch (kind) {
            case "sweep" -> 5;
            case "attribute" -> Attribution.DEFAULT_FRACTIONAL_REPLICATIONS;
            default -> 10;
        };
        Double precision = kind.equals("compare") ? precision(body) : notFor(body, "precision", kind);
        int maxReplications = maxReplications(body, precision);
        JsonNode r = body.path("replications");
        if (precision != null && !r.isMissingNode()) {
            throw new ApiException(400, "replications and precision cannot be used together: give a fixed number of "
                    + "replications or a precision target, not both.");
        }
        int replications = r.isMissingNode() ? defaultReplications : r.asInt(-1);
        boolean whole = r.isMissingNode() || r.isIntegralNumber() && r.canConvertToInt();
        if (!whole || replications < 2 || replications > MAX_REPLICATIONS) {
            throw new ApiException(400, "replications: must be a whole number from 2 to " + MAX_REPLICATIONS
                    + ", was " + r + ".");
        }
        JsonNode s = body.path("seed");
        if (!s.isMissingNode() && !(s.isIntegralNumber() && s.canConvertToLong())) {
            throw new ApiException(400, "seed: must be a whole number, was " + s + ".");
        }
        List<String> params = kind.equals("sweep") ? params(body.path("params")) : List.of();
        Integer samples = null;
        JsonNode n = body.path("samples");
        if (kind.equals("sweep") && !n.isMissingNode() && !n.isNull()) {
            if (!n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > MAX_SAMPLES) {
                throw new ApiException(400, "samples: must be a whole number from 1 to " + MAX_SAMPLES + ", was " + n + ".");
            }
            samples = n.asInt();
        }
        boolean unwatched = flag(body, "cancelWhenUnwatched");
        Map<String, List<String>> settings = kind.equals("attribute") ? settings(body.path("settings")) : Map.of();
        if (!kind.equals("attribute")) {
            notFor(body, "settings", kind);
        }
        return new ExperimentRequest(kind, scenario, List.copyOf(policies),
                precision == null ? replications : Math.min(Experiment.PILOT_REPLICATIONS, maxReplications),
                s.isMissingNode() ? 1 : s.asLong(), params, samples, unwatched, precision,
                maxReplications, settings, flag(body, "deck"), flag(body, "xlsx"));
    }

    /** An optional true or false, false when left out. */
    private static boolean flag(JsonNode body, String field) {
        JsonNode f = body.path(field);
        if (!f.isMissingNode() && !f.isBoolean()) {
            throw new ApiException(400, field + ": must be true or false, was " + f + ".");
        }
        return f.asBoolean(false);
    }

    /** A comparison's relative precision target, as compare --precision; null without one. */
    private static Double precision(JsonNode body) {
        JsonNode p = body.path("precision");
        if (p.isMissingNode() || p.isNull()) {
            return null;
        }
        String problem = Experiment.precisionProblem(p.isNumber() ? p.asDouble() : Double.NaN, p.toString());
        if (problem != null) {
            throw new ApiException(400, "precision: " + problem);
        }
        return p.asDouble();
    }

    /** The cap of a precision run, as compare --max-replications (default and most: MAX_REPLICATIONS). */
    private static int maxReplications(JsonNode body, Double precision) {
        JsonNode m = body.path("maxReplications");
        if (m.isMissingNode() || m.isNull()) {
            return MAX_REPLICATIONS;
        }
        if (precision == null) {
            throw new ApiException(400, "maxReplications needs precision: it caps the replications a precision "
                    + "target may add.");
        }
        if (!m.isIntegralNumber() || m.asInt() < 2 || m.asInt() > MAX_REPLICATIONS) {
            throw new ApiException(400, "maxReplications: must be a whole number from 2 to " + MAX_REPLICATIONS
                    + ", was " + m + ".");
        }
        return m.asInt();
    }

    private static <T> T notFor(JsonNode body, String field, String kind) {
        if (!body.path(field).isMissingNode() && !body.path(field).isNull()) {
            throw new ApiException(400, field + ": does not apply to " + kind + (field.equals("settings")
                    ? "; it sets the levels of an attribution (\"kind\": \"attribute\")."
                    : "; it is a comparison's target (\"kind\": \"compare\")."));
        }
        return null;
    }

    /** An attribution's lever pairs, {"LEVER": ["LOW", "HIGH"]}, as attribute --settings LEVER=LOW,HIGH; checked. */
    private static Map<String, List<String>> settings(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new ApiException(400, "settings: give {\"LEVER\": [\"LOW\", \"HIGH\"]}, e.g. "
                    + "{\"strategic-selection\": [\"junior\", \"senior-capacity\"]}; was " + node + ".");
        }
        Map<String, List<String>> settings = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode pair = e.getValue();
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                throw new ApiException(400, "settings." + e.getKey() + ": give the lever's two settings, e.g. "
                        + "[\"junior\", \"senior-capacity\"]; was " + pair + ".");
            }
            settings.put(e.getKey(), List.of(pair.get(0).asText(), pair.get(1).asText()));
        });
        levels(settings); // every lever and setting is checked before anything runs
        return settings;
    }

    /** The pairs over the presets' pairs, as attribute --settings; a bad lever or setting names what is allowed. */
    private static TwoLevels levels(Map<String, List<String>> settings) {
        TwoLevels levels = TwoLevels.presets();
        for (Map.Entry<String, List<String>> e : settings.entrySet()) {
            try {
                levels = levels.with(e.getKey(), e.getValue().get(0), e.getValue().get(1));
            } catch (IllegalArgumentException ex) {
                throw new ApiException(400, "settings." + e.getKey() + ": " + ex.getMessage()
                        + ". See GET /api/levers.");
            }
        }
        try {
            return levels.requireFactors();
        } catch (IllegalArgumentException ex) {
            throw new ApiException(400, "settings: " + ex.getMessage() + ".");
        }
    }

    private static List<String> policies(JsonNode list, String kind) {
        List<String> policies = new ArrayList<>();
        if (list.isMissingNode()) {
            return List.of(Policy.SILOED.name(), Policy.JOINT.name());
        } else if (list.isArray()) {
            for (JsonNode p : list) {
                if (!p.isTextual()) {
                    throw new ApiException(400, "policies: each is a name (siloed, joint or a policy file), was " + p + ".");
                }
                policies.add(p.asText());
            }
        } else {
            throw new ApiException(400, "policies: give a list such as [\"siloed\", \"joint\"].");
        }
        int least = kind.equals("compare") ? 2 : 1;
        if (policies.size() < least || new LinkedHashSet<>(policies).size() != policies.size()) {
            throw new ApiException(400, "policies: give at least " + (least == 2 ? "two" : "one")
                    + " distinct polic" + (least == 2 ? "ies" : "y") + ", e.g. [\"siloed\", \"joint\"].");
        }
        return policies;
    }

    /** The swept parameters, each PATH=V1,V2,... or PATH=LO..HI; checked in full when the sweep is built. */
    private static List<String> params(JsonNode list) {
        List<String> params = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode p : list) {
                if (p.isTextual() && p.asText().indexOf('=') > 0) {
                    params.add(p.asText());
                } else {
                    throw new ApiException(400, "params: each is PATH=V1,V2,... or PATH=LO..HI, e.g. "
                            + "\"steps.planning.inflationMean=0,0.2,0.4\"; was " + p + ".");
                }
            }
        }
        if (params.isEmpty()) {
            throw new ApiException(400, "params: a sweep needs at least one parameter, e.g. "
                    + "[\"steps.planning.inflationMean=0,0.2,0.4\"].");
        }
        return params;
    }
}
