package org.ordercycle.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;

/** A stable digest of what determines a replication's result: scenario content, levers, seed. */
public final class Fingerprint {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS,
            true);

    /** The last scenario written out and its text: an experiment fingerprints one scenario for every run. */
    private static volatile ScenarioText last;

    private record ScenarioText(Scenario scenario, String json) {
    }

    private Fingerprint() {
    }

    /** SHA-256 (hex) of the scenario's content, the policy's lever settings and the seed. */
    public static String of(Scenario scenario, Policy policy, long seed) {
        try {
            String text = json(scenario) + "|" + policy.settings() + "|" + seed;
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint scenario " + scenario.name(), e);
        }
    }

    /** The scenario as JSON, written once per scenario object (scenarios are immutable). */
    private static String json(Scenario scenario) throws JsonProcessingException {
        ScenarioText known = last;
        if (known != null && known.scenario() == scenario) {
            return known.json();
        }
        String json = JSON.writeValueAsString(scenario);
        last = new ScenarioText(scenario, json);
        return json;
    }
}
