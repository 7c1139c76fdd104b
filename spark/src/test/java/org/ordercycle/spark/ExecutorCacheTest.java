package org.ordercycle.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Fingerprint;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;

/** Keeping checked fingerprints between tasks never lets a different scenario, policy or seed through. */
class ExecutorCacheTest {

    @Test
    void aMatchedFingerprintStaysTiedToItsScenarioPolicyAndSeed() throws Exception {
        Scenario baseline = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        String text = ScenarioText.of(baseline);
        String other = ScenarioText.of(baseline.withWarmup(12.5));
        String fingerprint = Fingerprint.of(baseline, Policy.JOINT, 7);

        assertTrue(ExecutorCache.matches(text, Policy.JOINT, 7, fingerprint));
        assertTrue(ExecutorCache.matches(text, Policy.JOINT, 7, fingerprint), "second time, from the cache");
        assertFalse(ExecutorCache.matches(other, Policy.JOINT, 7, fingerprint), "another scenario");
        assertFalse(ExecutorCache.matches(text, Policy.SILOED, 7, fingerprint), "another policy");
        assertFalse(ExecutorCache.matches(text, Policy.JOINT, 8, fingerprint), "another seed");
        assertSame(ExecutorCache.scenario(text), ExecutorCache.scenario(text), "read once");
    }
}
