package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.io.StagedFolder;

/**
 * What a user can rely on about output folders: a folder holds the files of one experiment only,
 * --resume never mixes two experiments, a folder that is not ours is never written into, rerun
 * refuses a folder whose files do not belong to its manifest, and names from users' files
 * (long, alike, with control characters or spreadsheet formulas) neither break nor overwrite
 * anything. Quick runs of the classroom scenario cut to 60 days.
 */
class OutputFoldersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void resumeRefusesAnotherExperimentAndLeavesTheFolderAsItWas() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Path mine = policy("mine.yaml", "my-policy");
        Path out = dir.resolve("cmp");
        Cli.Result first = Cli.run("compare", scenario, "--policies", "siloed,joint," + mine, "--replications", "2",
                "--out", out.toString(), "-q", "--no-report");
        assertEquals(0, first.code(), first.toString());
        Map<String, byte[]> before = snapshot(out);

        Cli.Result fewer = Cli.run("compare", scenario, "--out", out.toString(), "--replications", "2", "-q",
                "--no-report", "--resume");
        assertEquals(Main.BAD_INPUT, fewer.code(), fewer.toString());
        assertTrue(fewer.err().contains("'--resume' refused") && fewer.err().contains("--policies is siloed,joint,"),
                "names the policies: " + fewer);
        Cli.Result seed = Cli.run("compare", scenario, "--policies", "siloed,joint," + mine, "--replications", "2",
                "--seed", "2", "--out", out.toString(), "-q", "--no-report", "--resume");
        assertEquals(Main.BAD_INPUT, seed.code(), seed.toString());
        assertTrue(seed.err().contains("--seed is 1 there, 2 now"), seed.toString());
        Files.writeString(mine, Files.readString(mine).replace("billing-check: joint", "billing-check: siloed"));
        Cli.Result edited = Cli.run("compare", scenario, "--policies", "siloed,joint," + mine, "--replications", "2",
                "--out", out.toString(), "-q", "--no-report", "--resume");
        assertEquals(Main.BAD_INPUT, edited.code(), "an edited policy file is another experiment: " + edited);
        assertEquals(before.keySet(), snapshot(out).keySet());
        snapshot(out).forEach((name, bytes) -> assertArrayEquals(before.get(name), bytes, name + " untouched"));
        assertEquals(List.of(), StagedFolder.stagings(out), "a refused command leaves nothing beside the folder");
    }

    @Test
    void aRunReplacesItsFolderAsAWholeWithNoStrayFile() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", scenario, "--out", out.toString(), "--orders").code());
        assertTrue(Files.exists(out.resolve("orders.csv")));
        Cli.Result again = Cli.run("run", scenario, "--out", out.toString(), "--seed", "2");
        assertEquals(0, again.code(), again.toString());
        assertFalse(Files.exists(out.resolve("orders.csv")), "the previous run's orders.csv is gone with it");
        assertEquals("not written", JSON.readTree(out.resolve("manifest.json").toFile()).get("orders_csv").asText());
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().startsWith(".run.")).toList(),
                    "no staging or old folder is left beside it");
        }
        Cli.Result rerun = Cli.run("rerun", out.toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
    }

    /** Another experiment's unfinished files go; a report being redrawn into the folder meanwhile stays. */
    @Test
    void aRunRemovesAbandonedStagingFoldersButNotOneBeingWritten() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", scenario, "--out", out.toString()).code());
        Path abandoned = Files.createDirectories(StagedFolder.staging(out, "killed"));
        Path redrawing = Files.createDirectories(StagedFolder.staging(out, "report"));
        try (org.ordercycle.io.WriteLock held = org.ordercycle.io.WriteLock.take(redrawing)) {
            Cli.Result again = Cli.run("run", scenario, "--out", out.toString(), "--seed", "2");
            assertEquals(0, again.code(), again.toString());
            assertFalse(Files.exists(abandoned), "a leftover nobody holds is removed");
            assertTrue(Files.isDirectory(redrawing), "a staging folder whose writer holds its lock stays");
        }
    }

    @Test
    void aFolderThatIsNotAnOrderCycleOutputIsNeverWrittenInto() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Path mine = dir.resolve("my-documents");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("thesis.txt"), "five years of work");
        for (String[] args : List.of(new String[] {"run", scenario, "--out", mine.toString()},
                new String[] {"compare", scenario, "--replications", "2", "--out", mine.toString(), "-q"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(Main.BAD_INPUT, r.code(), r.toString());
            assertTrue(r.err().contains("is not an OrderCycle output folder") && r.err().contains("thesis.txt"),
                    r.toString());
        }
        try (Stream<Path> files = Files.list(mine)) {
            assertEquals(List.of(mine.resolve("thesis.txt")), files.toList());
        }
        assertEquals("five years of work", Files.readString(mine.resolve("thesis.txt")));
    }

    @Test
    void rerunFailsOnAFolderWhoseFilesDoNotBelongToItsManifest() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", scenario, "--out", out.toString()).code());
        Files.writeString(out.resolve("orders.csv"), "order\n1\n"); // as an older run would have left it
        Cli.Result stray = Cli.run("rerun", out.toString(), "-q");
        assertEquals(1, stray.code(), "the tables match, the folder does not: " + stray);
        assertTrue(stray.out().contains("orders.csv is not listed in the manifest"), stray.toString());
        Files.delete(out.resolve("orders.csv"));
        Files.writeString(out.resolve("kpis.csv"), Files.readString(out.resolve("kpis.csv")) + "extra\n");
        Cli.Result changed = Cli.run("rerun", out.toString(), "-q");
        assertEquals(1, changed.code(), changed.toString());
        assertTrue(changed.out().contains("kpis.csv has changed"), changed.toString());
    }

    @Test
    void anInterruptedSwapGivesBackTheOldFolder() throws Exception {
        Path target = dir.resolve("report");
        Files.createDirectories(target);
        Files.writeString(target.resolve("manifest.json"), "{\"seed\": 1}\n");
        Path staging = StagedFolder.staging(target, "k");
        Files.createDirectories(staging.resolve("tables"));
        Files.writeString(staging.resolve("tables/a.csv"), "x\n1\n");
        Files.writeString(staging.resolve("manifest.json"), "{\"seed\": 2}\n");
        // killed between the two renames: the old folder is aside, the new one not yet in
        Path aside = dir.resolve(".report.old-test");
        Files.move(target, aside);
        StagedFolder.restoreInterruptedSwap(target);
        assertEquals("{\"seed\": 1}\n", Files.readString(target.resolve("manifest.json")), "the old folder is back");
        StagedFolder.commit(staging, target);
        assertEquals(2, JSON.readTree(target.resolve("manifest.json").toFile()).get("seed").asInt());
        assertEquals(List.of(), StagedFolder.mismatches(target, JSON.readTree(target.resolve("manifest.json")
                .toFile())), "the manifest lists exactly the folder's files");
        assertFalse(Files.exists(staging));
    }

    @Test
    void longAlikeAndUnsafeNamesNeitherBreakNorOverwriteAnything() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Files.writeString(scenario, Files.readString(scenario).replaceFirst("(?m)^name: classroom",
                "name: '" + "Workshop ".repeat(340) + "'"));
        Path longName = policy("long.yaml", "A policy with a very long name ".repeat(100));
        Path fast = policy("fast1.yaml", "Fast Policy");
        Path fast2 = policy("fast2.yaml", "fast-policy");
        Path cyrillicA = policy("ru-a.yaml", "Политика А");
        Path cyrillicB = policy("ru-b.yaml", "Политика Б");
        Path formula = policy("formula.yaml", "=HYPERLINK(\"http://x\")");
        Path escape = policy("escape.yaml", "evil\\e[2J\\a");
        // no --out: the default report folder is named after the 3,000-character scenario name
        Cli.Result r = Cli.run("compare", scenario.toString(), "--policies", String.join(",", longName.toString(),
                fast.toString(), fast2.toString(), cyrillicA.toString(), cyrillicB.toString(), formula.toString(),
                escape.toString()), "--replications", "2");
        assertEquals(0, r.code(), r.toString());
        assertFalse((r.out() + r.err()).contains("\u001b") || (r.out() + r.err()).contains("\u0007"),
                "no control character reaches the terminal");
        assertTrue(r.out().contains("evil\\u001b[2J\\u0007"), "shown escaped: " + r.out());
        Path folder = Path.of(r.out().lines().filter(l -> l.startsWith("Report written to ")).findFirst()
                .orElseThrow().substring("Report written to ".length()).replaceAll(":$", ""));
        try (Stream<Path> files = Files.walk(folder.getParent())) {
            for (Path p : files.toList()) {
                int bytes = p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes <= 160, bytes + " bytes: " + p.getFileName());
            }
        }
        // one demand-forecast-plan chart per policy (PNG only, the default): none overwrote another
        try (Stream<Path> charts = Files.list(folder.resolve("charts"))) {
            assertEquals(7, charts.filter(p -> p.getFileName().toString().startsWith("demand-forecast-plan-"))
                    .count());
        }
        String summary = Files.readString(folder.resolve("tables/summary.csv"));
        assertTrue(summary.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "the formula is guarded in the CSV");
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("=HYPERLINK(") && !html.contains("'=HYPERLINK("), "and read back as written");
        Cli.Result rerun = Cli.run("rerun", folder.toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());
    }

    private Path policy(String file, String name) throws Exception {
        Path p = dir.resolve(file);
        Files.writeString(p, "name: \"" + name.replace("\"", "\\\"") + "\"\nbase: siloed\nlevers:\n"
                + "  billing-check: joint\n");
        return p;
    }

    private static Map<String, byte[]> snapshot(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
