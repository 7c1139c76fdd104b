package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report folder survives a killed run: {@code compare --out DIR} (and {@code sweep}) runs in a
 * child JVM that is killed midway (SIGKILL, as the operating system or a user would). A finished report is never
 * overwritten: a second run into its folder is refused and leaves every byte as it was; a run
 * killed midway leaves no half-written table or report, only finished replications, and
 * {@code --resume} then completes it with the tables of an uninterrupted run. Also: names from
 * policy files cannot make files escape DIR.
 */
class KillSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FINISHED = List.of("tables/results.csv", "tables/summary.csv",
            "tables/comparison.csv", "manifest.json", "summary.md", "report.html");
    private static final List<String> TABLES = List.of("tables/results.csv", "tables/summary.csv",
            "tables/comparison.csv");
    private static final String REPLICATIONS = "10";

    @TempDir
    Path dir;

    @Test
    void aFinishedReportIsNeverOverwrittenAndAKilledRunResumes() throws Exception {
        Path scenario = dir.resolve("classroom.yaml");
        Files.copy(Path.of("scenarios/classroom.yaml"), scenario);
        Path done = dir.resolve("done");

        // 1. a finished report
        Process first = start(scenario, done, "2", "first");
        assertTrue(first.waitFor(180, TimeUnit.SECONDS), "the first run finishes");
        assertEquals(0, first.exitValue(), log("first"));
        Map<String, byte[]> before = read(done, FINISHED);

        // 2. a second run into its folder is refused, and changes nothing
        Process again = start(scenario, done, "2", "again");
        assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.BAD_INPUT, again.exitValue(), log("again"));
        assertTrue(log("again").contains("already holds a finished report"), log("again"));
        Map<String, byte[]> after = read(done, FINISHED);
        for (String name : FINISHED) {
            assertArrayEquals(before.get(name), after.get(name), name + " is untouched by the refused run");
        }

        // 2b. a resume of the same experiment killed while it draws its report leaves the finished folder
        Process drawing = start(scenario, done, "2", "drawing", "--resume");
        long since = System.nanoTime();
        while (drawing.isAlive() && System.nanoTime() - since < 120_000_000_000L
                && org.ordercycle.io.StagedFolder.stagings(done).stream()
                .noneMatch(s -> Files.exists(s.resolve("manifest.json")))) {
            Thread.sleep(5); // the manifest is written after the tables, before the charts and report
        }
        assertTrue(drawing.isAlive(), "killed while drawing its report: " + log("drawing"));
        drawing.destroyForcibly();
        assertTrue(drawing.waitFor(10, TimeUnit.SECONDS));
        Map<String, byte[]> kept = read(done, FINISHED);
        for (String name : FINISHED) {
            assertArrayEquals(before.get(name), kept.get(name), name + " is the finished run's after the kill");
        }
        Cli.Result check = Cli.run("rerun", done.toString(), "-q");
        assertEquals(0, check.code(), "the folder still belongs to its manifest: " + check);

        // 3. a run into a new folder, killed midway (on one thread, so that it is still running)
        Path out = dir.resolve("cmp");
        Process second = start(scenario, out, "1", "killed");
        killMidway(second, out, 2 * Integer.parseInt(REPLICATIONS));
        Path runs = staging(out).resolve(CompareCommand.RUNS);
        int stored = 0;
        try (Stream<Path> files = Files.walk(runs)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.matches("r\\d+\\.json") || (name.startsWith(".") && name.endsWith(".tmp")),
                        "unexpected file in .runs: " + p);
                if (name.endsWith(".json")) {
                    JsonNode run = JSON.readTree(p.toFile()); // complete, or it would not parse
                    assertTrue(run.has("fingerprint") && run.has("result"), p.toString());
                    stored++;
                }
            }
        }
        assertTrue(stored >= 1 && stored < 2 * Integer.parseInt(REPLICATIONS),
                stored + " runs were finished and stored before the kill");

        // 4. --resume completes it with the tables of the uninterrupted run
        Process resumed = start(scenario, out, "2", "resumed", "--resume");
        assertTrue(resumed.waitFor(180, TimeUnit.SECONDS), "the resumed run finishes");
        assertEquals(0, resumed.exitValue(), log("resumed"));
        Map<String, byte[]> last = read(out, FINISHED);
        for (String name : TABLES) {
            assertArrayEquals(before.get(name), last.get(name), name + " after --resume equals the uninterrupted run's");
        }
        assertTrue(JSON.readTree(last.get("manifest.json")).get("resumed").asBoolean());
    }

    @Test
    void aKilledSweepLeavesNoTableAndResumesToTheNumbersOfAFreshRun() throws Exception {
        Path scenario = dir.resolve("classroom.yaml");
        Files.copy(Path.of("scenarios/classroom.yaml"), scenario);
        Path out = dir.resolve("sweep");
        int runs = 2 * 2 * Integer.parseInt(REPLICATIONS); // points x policies x replications
        Process killed = child("killed", "sweep", scenario.toString(), "--param", "steps.planning.inflationMean=0,0.4",
                "--replications", REPLICATIONS, "--threads", "1", "--out", out.toString(), "--quiet");
        killMidway(killed, out, runs);
        int stored = storedRuns(staging(out).resolve(CompareCommand.RUNS));
        assertTrue(stored >= 1 && stored < runs, stored + " of " + runs + " runs were stored before the kill");

        // --resume finishes it; rerun then repeats the whole sweep from scratch and finds the same tables
        Process resumed = child("resumed", "sweep", scenario.toString(), "--param",
                "steps.planning.inflationMean=0,0.4",
                "--replications", REPLICATIONS, "--threads", "2", "--out", out.toString(), "--quiet", "--resume");
        assertTrue(resumed.waitFor(180, TimeUnit.SECONDS), "the resumed sweep finishes");
        assertEquals(0, resumed.exitValue(), log("resumed"));
        Cli.Result rerun = Cli.run("rerun", out.toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());
    }

    @Test
    void policyNamesCannotMakeFilesEscapeTheOutputFolder() throws Exception {
        Path work = dir.resolve("a").resolve("b");
        Files.createDirectories(work);
        Path scenario = work.resolve("classroom.yaml");
        Files.copy(Path.of("scenarios/classroom.yaml"), scenario);
        List<String> policies = new ArrayList<>();
        String[] names = {"../../evil", "..", "/tmp/evil-ordercycle-absolute", "a/../../b"};
        for (int i = 0; i < names.length; i++) {
            Path file = work.resolve("p" + i + ".yaml");
            Files.writeString(file, "name: '" + names[i] + "'\nbase: siloed\nlevers:\n  billing-check: joint\n");
            policies.add(file.toString());
        }
        Path out = work.resolve("out");
        List<Path> outside = listOutside(out);
        Cli.Result r = Cli.run("compare", scenario.toString(), "--policies", String.join(",", policies),
                "--replications", "2", "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.toString());
        assertEquals(outside, listOutside(out), "no file was created outside --out");
        assertTrue(Files.notExists(Path.of("/tmp/evil-ordercycle-absolute")));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.allMatch(p -> p.normalize().startsWith(out.normalize())));
        }
        // every policy kept its own store folder, so --resume finds every run
        try (Stream<Path> files = Files.walk(out.resolve(CompareCommand.RUNS))) {
            assertEquals(names.length * 2, files.filter(p -> p.toString().endsWith(".json")).count());
        }
    }

    /**
     * Kills the child (its log is "killed") once it has stored some of its {@code runs} runs but not
     * all (waiting at most 30 s), and checks that it left no {@code out} folder at all, only a
     * staging folder beside it with the stored runs and temporary files.
     */
    private void killMidway(Process child, Path out, int runs) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 30_000_000_000L
                && (storedRuns(stagedRuns(out)) == 0 || storedRuns(stagedRuns(out)) >= runs)) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the run is still running when killed: " + log("killed"));
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(out), "a killed run leaves no output folder");
        try (Stream<Path> files = Files.list(staging(out))) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.equals(CompareCommand.RUNS) || name.equals(ExperimentKey.FILE)
                                || (name.startsWith(".") && name.endsWith(".tmp")),
                        "a killed run leaves no table or report, found: " + name);
            }
        }
    }

    /** The one staging folder of {@code out} (see StagedFolder). */
    static Path staging(Path out) throws Exception {
        List<Path> list = org.ordercycle.io.StagedFolder.stagings(out);
        assertEquals(1, list.size(), "one staging folder beside " + out + ": " + list);
        return list.get(0);
    }

    private static Path stagedRuns(Path out) throws Exception {
        List<Path> list = org.ordercycle.io.StagedFolder.stagings(out);
        return list.isEmpty() ? out.resolve("no-staging-yet") : list.get(0).resolve(CompareCommand.RUNS);
    }

    /** Every file under the temporary folder but outside {@code out}. */
    private List<Path> listOutside(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.startsWith(out)).sorted().toList();
        }
    }

    /** Starts {@code ordercycle compare} in a child JVM, its output going to files in the temporary folder. */
    private Process start(Path scenario, Path out, String threads, String name, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("compare", scenario.toString(), "--replications", REPLICATIONS,
                "--threads", threads, "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return child(name, args.toArray(String[]::new));
    }

    /** Starts {@code ordercycle ARGS} in a child JVM, its output going to files named after {@code name}. */
    private Process child(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.ordercycle.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".err")) + Files.readString(dir.resolve(name + ".out"));
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }

    private static Map<String, byte[]> read(Path out, List<String> names) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, Files.readAllBytes(out.resolve(name)));
        }
        return files;
    }

    private static int storedRuns(Path runs) {
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(runs)) {
            return (int) files.filter(p -> p.getFileName().toString().matches("r\\d+\\.json")).count();
        } catch (Exception e) {
            return 0; // a file vanished while listing: try again
        }
    }
}
