package org.ordercycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ordercycle.experiment.Attribution;
import org.ordercycle.policy.Policy;

/**
 * The body of {@code POST /api/experiments}, checked field by field. A comparison: {@code {"kind":
 * "compare", "scenario": "classroom.yaml", "policies": ["siloed", "joint"], "replications": 3,
 * "seed": 1}}. A sweep adds {@code "params": ["steps.planning.inflationMean=0,0.2"]} (as the
 * command line's --param, ranges LO..HI with {@code "samples"}); an attribution ({@code "kind":
 * "attribute"}) runs the default two-level design over the levers and takes no policies. A
 * policy is a preset (siloed, joint) or the file name of a policy saved in the workspace. With
 * {@code "cancelWhenUnwatched": true} (as the page sends) the run is cancelled once no browser has
 * followed its events for a while; a script's run, without it, goes on unwatched.
 */
record ExperimentRequest(String kind, String scenario, List<String> policies, int replications, long seed,
                         List<String> params, Integer samples, boolean cancelWhenUnwatched) {
    /** Most replications per policy a web request may ask for. */
    static final int MAX_REPLICATIONS = 200;
    /** Most Latin hypercube samples a web sweep may ask for. */
    static final int MAX_SAMPLES = 100;
    static final List<String> KINDS = List.of("compare", "sweep", "attribute");

    boolean isCompare() {
        return kind.equals("compare");
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
        JsonNode r = body.path("replications");
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
        JsonNode unwatched = body.path("cancelWhenUnwatched");
        if (!unwatched.isMissingNode() && !unwatched.isBoolean()) {
            throw new ApiException(400, "cancelWhenUnwatched: must be true or false, was " + unwatched + ".");
        }
        return new ExperimentRequest(kind, scenario, List.copyOf(policies), replications,
                s.isMissingNode() ? 1 : s.asLong(), params, samples, unwatched.asBoolean(false));
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
