package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.io.TableFiles;
import org.ordercycle.scenario.Scenario;

/**
 * The tables of an experiment depend only on (scenario, policies, replications, seed): not on
 * the number of threads, and not on whether the run was interrupted and resumed from its store.
 * Compared as CSV text, byte for byte.
 */
class ReproducibilityTest {
    private static final int R = 4;
    private static final long SEED = 5;
    private static Scenario classroom;
    private static Tables uninterrupted;

    @TempDir
    Path dir;

    /** The three tables of a comparison as CSV text. */
    record Tables(String results, String summary, String comparison) {
        static Tables of(Comparison c) {
            return new Tables(TableFiles.csv(c.resultsTable()), TableFiles.csv(c.summaryTable()),
                    TableFiles.csv(c.comparisonTable()));
        }
    }

    @BeforeAll
    static void runOnce() {
        classroom = TestScenarios.classroomShort();
        uninterrupted = Tables.of(experiment(1).run());
    }

    private static Experiment experiment(int threads) {
        return Experiment.on(classroom).replications(R).seed(SEED).threads(threads);
    }

    @Test
    void tablesAreIdenticalOnOneAndTwoThreads() {
        Tables two = Tables.of(experiment(2).run());
        assertEquals(uninterrupted, two);
        assertTrue(uninterrupted.results().lines().count() > 100, "results hold every value of every replication");
    }

    @Test
    void resumingAfterAKillGivesTheTablesOfAnUninterruptedRun() throws IOException {
        Path store = dir.resolve(".runs");
        Comparison first = experiment(2).store(new ResultStore(store)).run();
        assertEquals(uninterrupted, Tables.of(first), "a run with a store is a normal run");
        List<Path> files = runFiles(store);
        assertEquals(2 * R, files.size(), "one file per policy and replication");

        // a kill midway: some replications finished, others not (their files are missing)
        Files.delete(files.get(1));
        Files.delete(files.get(files.size() - 1));
        CountingProgress progress = new CountingProgress();
        Comparison resumed = experiment(2).store(new ResultStore(store)).progress(progress).run();
        assertEquals(uninterrupted, Tables.of(resumed));
        assertEquals(2 * R, runFiles(store).size(), "the missing runs are stored again");
        assertEquals(2 * R, progress.done.get(), "every replication is reported, stored or run");
    }

    @Test
    void aSmallerRunExtendedWithResumeEqualsTheFullRun() throws IOException {
        Path store = dir.resolve(".runs");
        Experiment.on(classroom).replications(2).seed(SEED).threads(2).store(new ResultStore(store)).run();
        assertEquals(4, runFiles(store).size());
        Comparison extended = experiment(2).store(new ResultStore(store)).run();
        assertEquals(uninterrupted, Tables.of(extended));
    }

    /** Resuming really takes the stored runs: a stored value, altered on disk, shows in the tables. */
    @Test
    void resumeReadsTheStoredRuns() throws IOException {
        Path store = dir.resolve(".runs");
        experiment(2).store(new ResultStore(store)).run();
        Path file = store.resolve(ResultStore.safe("base")).resolve(ResultStore.safe("joint")).resolve("r2.json");
        String text = Files.readString(file);
        assertTrue(text.contains("\"lead_time_mean\":"), text.substring(0, Math.min(200, text.length())));
        Files.writeString(file, text.replaceFirst("\"lead_time_mean\":[-0-9.Ee]+", "\"lead_time_mean\":999.0"));
        Comparison resumed = experiment(2).store(new ResultStore(store)).run();
        assertEquals(999.0, resumed.values(org.ordercycle.policy.Policy.JOINT, "lead_time_mean")[2]);
    }

    /**
     * A store left by another seed has files at the same paths; their fingerprint (scenario,
     * levers, seed) does not match, so they are not reused: the results are those of the new seed.
     */
    @Test
    void storedRunsOfAnotherSeedAreNotReused() throws IOException {
        Path store = dir.resolve(".runs");
        experiment(2).store(new ResultStore(store)).run();
        Tables otherSeed = Tables.of(Experiment.on(classroom).replications(R).seed(SEED + 1).threads(2).run());
        Tables fromStore = Tables.of(Experiment.on(classroom).replications(R).seed(SEED + 1).threads(2)
                .store(new ResultStore(store)).run());
        assertEquals(otherSeed, fromStore);
        assertNotEquals(uninterrupted.results(), fromStore.results());
    }

    private static List<Path> runFiles(Path store) throws IOException {
        try (Stream<Path> s = Files.walk(store)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Counts the replications reported done; thread safe. */
    static final class CountingProgress implements Progress {
        final AtomicInteger done = new AtomicInteger();

        @Override
        public void begin(String label, long total) {
        }

        @Override
        public void advance(long n) {
            done.addAndGet((int) n);
        }

        @Override
        public void end() {
        }
    }
}
