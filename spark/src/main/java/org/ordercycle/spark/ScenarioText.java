package org.ordercycle.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ordercycle.scenario.Scenario;

/**
 * A validated scenario as text for the executors: the JSON form of its records (the form its
 * fingerprint is computed from), read back into the same records there. A scenario variant of a
 * sweep, or one with its warm-up fixed, travels whole rather than as a file and overrides. The
 * executor compares the fingerprint of what it read with the driver's before it runs anything.
 */
final class ScenarioText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioText() {
    }

    static String of(Scenario scenario) {
        try {
            return JSON.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario " + scenario.name() + " as text", e);
        }
    }

    static Scenario read(String text) {
        try {
            return JSON.readValue(text, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scenario sent to the executor does not read back: " + e.getMessage(),
                    e);
        }
    }
}
