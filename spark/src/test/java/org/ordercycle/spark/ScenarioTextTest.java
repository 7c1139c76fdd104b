package org.ordercycle.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ordercycle.experiment.Fingerprint;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;

/** Every shipped and every valid test scenario travels to an executor and arrives the same. */
class ScenarioTextTest {

    @Test
    void everyScenarioReadsBackWithItsFingerprint() throws Exception {
        List<Path> files = yamlFiles(Path.of("scenarios"), Path.of("src/test/resources/scenarios/valid"));
        assertTrue(files.size() >= 3, "found " + files);
        for (Path file : files) {
            Scenario s = ScenarioLoader.load(file);
            for (Scenario variant : List.of(s, s.withWarmup(12.5))) {
                Scenario back = ScenarioText.read(ScenarioText.of(variant));
                assertEquals(Fingerprint.of(variant, Policy.JOINT, 1), Fingerprint.of(back, Policy.JOINT, 1),
                        file + " changed on its way");
                assertEquals(variant, back, file + " is not the same record after its way");
            }
        }
    }

    private static List<Path> yamlFiles(Path... folders) throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        return all;
    }
}
