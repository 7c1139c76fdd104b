package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.api.Simulation;
import org.ordercycle.experiment.Backend;
import org.ordercycle.experiment.RunSpec;
import org.ordercycle.stats.ReplicationResult;

/**
 * The seam a cluster front end plugs into: compare, sweep and attribute hand their specs to the
 * backend the factory makes, and assemble the same tables from what it returns.
 */
class BackendFactoryTest {
    @TempDir
    Path dir;

    /** Runs the specs one at a time, last first (unlike the local runner), and records what it was given. */
    private static final class Recording implements Backend {
        final List<Path> stores = new ArrayList<>();
        final List<Boolean> resumes = new ArrayList<>();
        int runs;

        Main.BackendFactory factory() {
            return (store, resume) -> {
                stores.add(store);
                resumes.add(resume);
                return this;
            };
        }

        @Override
        public List<ReplicationResult> run(String label, List<RunSpec> specs) {
            ReplicationResult[] results = new ReplicationResult[specs.size()];
            for (int i = specs.size() - 1; i >= 0; i--) {
                RunSpec s = specs.get(i);
                results[i] = Simulation.replicate(s.scenario(), s.policy(), s.seed(), s.replication());
                runs++;
            }
            return List.of(results);
        }
    }

    @Test
    void anotherBackendGivesTheTablesOfALocalRun() throws IOException {
        String scenario = Cli.shortClassroom(dir).toString();
        Path local = dir.resolve("local");
        Path other = dir.resolve("other");
        assertEquals(0, run(null, "compare", scenario, "--replications", "3", "--no-report", "-q", "--out",
                local.toString()));
        Recording backend = new Recording();
        assertEquals(0, run(backend.factory(), "compare", scenario, "--replications", "3", "--no-report", "-q",
                "--out", other.toString()));
        assertEquals(2 * 3, backend.runs, "every replication went to the backend");
        assertEquals(1, backend.stores.size());
        // the store of the folder being written: its staging folder beside --out, kept for --resume
        Path store = backend.stores.get(0).toAbsolutePath().normalize();
        assertEquals(ExperimentFolder.RUNS, store.getFileName().toString(), "the factory is given the folder's store");
        assertEquals(dir.toAbsolutePath().normalize(), store.getParent().getParent(), store.toString());
        assertTrue(store.getParent().getFileName().toString().startsWith(".other.partial-"), store.toString());
        assertEquals(List.of(false), backend.resumes);
        assertSameTables(local, other);

        assertEquals(0, run(backend.factory(), "compare", scenario, "--replications", "3", "--no-report", "-q",
                "--out", other.toString(), "--resume"));
        assertEquals(List.of(false, true), backend.resumes, "the factory is told about --resume");
    }

    @Test
    void sweepAndAttributeUseTheBackendToo() throws IOException {
        String scenario = Cli.shortClassroom(dir).toString();
        Recording backend = new Recording();
        assertEquals(0, run(backend.factory(), "sweep", scenario, "--param", "steps.planning.inflationMean=0,0.3",
                "--replications", "2", "-q", "--no-report", "--out", dir.resolve("sweep").toString()));
        assertEquals(2 * 2 * 2, backend.runs, "2 points x 2 policies x 2 replications");
        Recording attribution = new Recording();
        assertEquals(0, run(attribution.factory(), "attribute", scenario, "--replications", "2", "-q",
                "--no-report", "--out", dir.resolve("attribute").toString()));
        assertTrue(attribution.runs > 0);
        assertFalse(attribution.stores.isEmpty());
    }

    private static int run(Main.BackendFactory factory, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err), factory);
        assertEquals(0, code, err.toString());
        return code;
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(expected.resolve(ExperimentFolder.TABLES))) {
            files = s.sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f),
                    Files.readAllBytes(actual.resolve(ExperimentFolder.TABLES).resolve(f.getFileName())),
                    f.getFileName() + " differs from the local run's");
        }
    }
}
