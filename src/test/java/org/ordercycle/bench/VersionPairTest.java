package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --against}: two builds, each in a class loader of its own, in alternating rounds.
 * Here both sides are this build's class path (the test cannot count on a packaged jar), on the
 * quick settings.
 */
class VersionPairTest {
    @TempDir
    Path dir;

    @Test
    void aBuildAgainstItselfRunsTheSameWorkInBothLoaders() throws Exception {
        URL[] classPath = VersionPair.urls(System.getProperty("java.class.path"));
        List<String> phases = new ArrayList<>();
        VersionPair.Settings quick = VersionPair.Settings.quick();
        List<VersionPair.Workload> w = VersionPair.workloads(classPath, classPath, "the same build",
                Path.of("scenarios/baseline.yaml"), Path.of(""), quick, phases::add);
        assertEquals(2, w.size());
        assertEquals(2, phases.size());
        for (VersionPair.Workload one : w) {
            assertEquals(quick.rounds(), one.ratios().length);
            for (int k = 0; k < quick.rounds(); k++) {
                assertTrue(one.thisBuild()[k] > 0 && one.other()[k] > 0, one.name());
            }
            // the same code on both sides: a round's ratio is noise around 1, not an order of magnitude
            assertTrue(one.ratioLowest() > 0.2 && one.ratioHighest() < 5, one.name() + ": " + one.ratioLowest()
                    + " to " + one.ratioHighest());
            assertTrue(one.fasterRounds() >= 0 && one.fasterRounds() <= quick.rounds());
        }
    }

    @Test
    void aFileThatIsNotABuildIsRefusedByName() throws Exception {
        Path notAJar = Files.writeString(dir.resolve("notes.jar"), "not a jar");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionPair.run(
                System.getProperty("java.class.path"), notAJar, Path.of("scenarios/baseline.yaml"), Path.of(""),
                VersionPair.Settings.quick(), what -> { }));
        assertTrue(e.getMessage().contains("notes.jar is not a build of OrderCycle"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> VersionPair.run(
                System.getProperty("java.class.path"), dir.resolve("gone.jar"), Path.of("scenarios/baseline.yaml"),
                Path.of(""), VersionPair.Settings.quick(), what -> { }));
        assertTrue(missing.getMessage().contains("gone.jar not found"), missing.getMessage());
    }

    @Test
    void ratiosAndCountsAreTheRoundsOwn() {
        VersionPair.Workload w = new VersionPair.Workload("x", new double[] {110, 90, 100},
                new double[] {100, 100, 100});
        assertEquals(1.1, w.ratios()[0], 1e-12);
        assertEquals(1.0, w.ratioMedian(), 1e-12);
        assertEquals(0.9, w.ratioLowest(), 1e-12);
        assertEquals(1.1, w.ratioHighest(), 1e-12);
        assertEquals(1, w.fasterRounds());
        assertEquals(100, w.thisMedian(), 1e-12);
    }
}
