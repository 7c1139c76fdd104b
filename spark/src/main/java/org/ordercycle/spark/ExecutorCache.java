package org.ordercycle.spark;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ordercycle.experiment.Fingerprint;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;

/**
 * What an executor JVM keeps between tasks: each scenario read from its text once, and each
 * (scenario text, policy, seed) whose fingerprint matched the driver's. A replication is one task,
 * and reading the scenario and fingerprinting it (serialising it whole) for every task cost a
 * large part of a short replication. Both are pure functions of their keys, so what is kept is
 * what would be computed again. Kept small: cleared when a long-lived executor has seen many.
 */
final class ExecutorCache {
    private static final int LIMIT = 256;
    private static final Map<String, Scenario> SCENARIOS = new ConcurrentHashMap<>();
    private static final Set<Checked> CHECKED = ConcurrentHashMap.newKeySet();

    private ExecutorCache() {
    }

    /** A fingerprint that matched: the scenario's text, the policy's levers and the seed it was made of. */
    private record Checked(String scenarioText, Map<String, String> levers, long seed, String fingerprint) {
    }

    static Scenario scenario(String text) {
        if (SCENARIOS.size() > LIMIT) {
            SCENARIOS.clear();
        }
        return SCENARIOS.computeIfAbsent(text, ScenarioText::read);
    }

    /**
     * Whether the scenario read from {@code scenarioText} with {@code policy} and {@code seed} has
     * the driver's {@code fingerprint}; computed once per distinct combination.
     */
    static boolean matches(String scenarioText, Policy policy, long seed, String fingerprint) {
        Checked key = new Checked(scenarioText, policy.settings(), seed, fingerprint);
        if (CHECKED.contains(key)) {
            return true;
        }
        boolean same = Fingerprint.of(scenario(scenarioText), policy, seed).equals(fingerprint);
        if (same) {
            if (CHECKED.size() > LIMIT) {
                CHECKED.clear();
            }
            CHECKED.add(key);
        }
        return same;
    }
}
