package org.ordercycle.scenario.bind;

import java.util.Map;
import org.ordercycle.scenario.Steps;

/**
 * Fields that earlier versions read and this one does not, with what to do instead, so that an
 * old scenario fails with advice rather than a bare "not a known field". Stateless.
 */
final class RemovedFields {
    /**
     * The main lever of each step, whose step-off setting replaced {@code steps.<step>.enabled}
     * (0.3.0). Kept here because scenario code may not import the policy package; a test checks
     * it against the levers.
     */
    static final Map<String, String> STEP_LEVERS = Map.of(
            "planning", "joint-planning", "generation", "capacity-info", "pricing", "capacity-pricing",
            "entry", "shared-entry", "selection", "strategic-selection", "scheduling", "joint-scheduling",
            "fulfilment", "promise-tracking", "billing", "billing-check", "returns", "returns-procedure",
            "service", "service-link");

    private RemovedFields() {
    }

    /** The message for a removed field {@code key} of record {@code cls} at {@code path}, or null when it was not removed. */
    static String advice(Class<?> cls, String key, FieldPath path) {
        if (!key.equals("enabled") || cls.getEnclosingClass() != Steps.class) {
            return null;
        }
        String lever = STEP_LEVERS.get(path.parts().get(path.parts().size() - 1).toString());
        if (lever == null) {
            return null;
        }
        return "was removed: a step is switched off by its lever's step-off setting, e.g. --lever " + lever
                + "=step-off or `levers: {" + lever + ": step-off}` in a policy file (a scenario no longer"
                + " switches steps off; delete the field)";
    }
}
