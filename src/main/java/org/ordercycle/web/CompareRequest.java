package org.ordercycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ordercycle.policy.Policy;

/**
 * The body of {@code POST /api/experiments}: {@code {"kind": "compare", "scenario": "classroom.yaml",
 * "policies": ["siloed", "joint"], "replications": 3, "seed": 1}}, checked field by field. A policy is a
 * preset (siloed, joint) or the file name of a policy saved in the workspace.
 */
record CompareRequest(String scenario, List<String> policies, int replications, long seed) {
    /** Most replications per policy a web request may ask for. */
    static final int MAX_REPLICATIONS = 200;

    static CompareRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "The body must be a JSON object such as {\"kind\": \"compare\", "
                    + "\"scenario\": \"classroom.yaml\", \"policies\": [\"siloed\", \"joint\"], \"replications\": 3}.");
        }
        String kind = body.path("kind").asText("compare");
        if (!kind.equals("compare")) {
            throw new ApiException(400, "kind: '" + kind + "' is not served yet; allowed: compare.");
        }
        if (!body.path("scenario").isTextual()) {
            throw new ApiException(400, "scenario: give the scenario's file name, e.g. \"classroom.yaml\".");
        }
        String scenario = body.get("scenario").asText();
        List<String> policies = new ArrayList<>();
        JsonNode list = body.path("policies");
        if (list.isMissingNode()) {
            policies = List.of(Policy.SILOED.name(), Policy.JOINT.name());
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
        if (policies.size() < 2 || new LinkedHashSet<>(policies).size() != policies.size()) {
            throw new ApiException(400, "policies: give at least two distinct policies, e.g. [\"siloed\", \"joint\"].");
        }
        JsonNode r = body.path("replications");
        int replications = r.isMissingNode() ? 10 : r.asInt(-1);
        boolean whole = r.isMissingNode() || r.isIntegralNumber() && r.canConvertToInt();
        if (!whole || replications < 2 || replications > MAX_REPLICATIONS) {
            throw new ApiException(400, "replications: must be a whole number from 2 to " + MAX_REPLICATIONS
                    + ", was " + r + ".");
        }
        JsonNode s = body.path("seed");
        if (!s.isMissingNode() && !(s.isIntegralNumber() && s.canConvertToLong())) {
            throw new ApiException(400, "seed: must be a whole number, was " + s + ".");
        }
        return new CompareRequest(scenario, List.copyOf(policies), replications, s.isMissingNode() ? 1 : s.asLong());
    }
}
