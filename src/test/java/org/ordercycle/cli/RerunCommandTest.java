package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.io.RunManifest;

/** {@code ordercycle rerun}: a run or comparison repeated from its manifest, and what stops it. */
class RerunCommandTest {

    @TempDir
    Path dir;

    /** A copy of the classroom scenario that a test may change without touching the shipped one. */
    private Path scenario() throws Exception {
        Path copy = dir.resolve("classroom.yaml");
        Files.copy(Path.of("scenarios/classroom.yaml"), copy);
        return copy;
    }

    @Test
    void runThenRerunIsReproducedExactly() throws Exception {
        Path scenario = scenario();
        Path out = dir.resolve("run");
        Cli.Result r = Cli.run("run", scenario.toString(), "--policy", "joint", "--lever", "billing-check=siloed",
                "--replications", "2", "--seed", "7", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());

        Path again = dir.resolve("again");
        Cli.Result rerun = Cli.run("rerun", out.resolve("manifest.json").toString(), "--out", again.toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());
        assertTrue(rerun.out().contains("kpis.csv"), rerun.toString());
        for (String table : List.of("kpis.csv", "periods.csv")) {
            assertEquals(Files.readString(out.resolve(table)), Files.readString(again.resolve(table)), table);
        }
        // the new folder's manifest is itself enough to rerun
        assertEquals(0, Cli.run("rerun", again.toString(), "-q").code());
        // the folder is written as a whole: no staging folder is left beside it
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of("again", scenario.getFileName().toString(), "run"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void rerunRefusesAnOutFolderThatIsNotOneOfOurs() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", scenario().toString(), "--replications", "1", "--out", out.toString()).code());
        Path notOurs = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notOurs.resolve("letter.txt"), "keep me");
        Cli.Result rerun = Cli.run("rerun", out.toString(), "--out", notOurs.toString(), "-q");
        assertEquals(2, rerun.code(), rerun.toString());
        assertTrue(rerun.err().contains("--out"), rerun.err());
        assertEquals("keep me", Files.readString(notOurs.resolve("letter.txt")));
        try (var files = Files.list(notOurs)) {
            assertEquals(1, files.count()); // nothing written into it
        }
    }

    @Test
    void compareThenRerunIsReproducedExactly() throws Exception {
        Path scenario = scenario();
        Path policy = dir.resolve("fixed.yaml");
        Files.writeString(policy, "name: fixed\nbase: siloed\nlevers:\n  billing-check: joint\n");
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--policies", "siloed," + policy, "--replications", "2",
                "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.toString());
        // the policy file changes afterwards: rerun uses the levers recorded in the manifest
        Files.writeString(policy, "name: fixed\nbase: joint\n");

        Cli.Result rerun = Cli.run("rerun", out.resolve("manifest.json").toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());
        for (String table : List.of("results.csv", "summary.csv", "comparison.csv", "lead_time_ecdf.csv",
                "periods.csv", "journeys.csv")) {
            assertTrue(rerun.out().contains(table + " "), table + " compared: " + rerun.out());
        }
    }

    @Test
    void aModifiedScenarioIsDetected() throws Exception {
        Path scenario = scenario();
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", scenario.toString(), "--out", out.toString()).code());
        String before = RunManifest.sha256(scenario);
        Files.writeString(scenario, Files.readString(scenario).replace("horizonDays: 365", "horizonDays: 300"));
        String after = RunManifest.sha256(scenario);

        Cli.Result rerun = Cli.run("rerun", out.resolve("manifest.json").toString());
        assertEquals(Main.BAD_INPUT, rerun.code(), rerun.toString());
        assertTrue(rerun.err().contains(scenario.toString()), "names the file: " + rerun.err());
        assertTrue(rerun.err().contains(before) && rerun.err().contains(after), "both hashes: " + rerun.err());
        assertEquals("", rerun.out(), "nothing was run");
    }

    @Test
    void aDifferentTableIsReportedWithItsFirstDifferences() throws Exception {
        Path scenario = scenario();
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", scenario.toString(), "--out", out.toString()).code());
        Path kpis = out.resolve("kpis.csv");
        List<String> lines = Files.readAllLines(kpis);
        String changed = lines.get(3).replaceAll(",[^,]*$", ",12345");
        lines.set(3, changed);
        Files.writeString(kpis, String.join("\n", lines) + "\n");

        Cli.Result rerun = Cli.run("rerun", out.resolve("manifest.json").toString(), "-q");
        assertEquals(1, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("NOT reproduced"), rerun.toString());
        assertTrue(rerun.out().contains("line 4") && rerun.out().contains("recorded: " + changed), rerun.toString());
    }

    @Test
    void manifestsOfOtherCommandsAndTheRecordedFolderAsOutAreRefused() throws Exception {
        Path m = dir.resolve("bench").resolve("manifest.json");
        Files.createDirectories(m.getParent());
        Files.writeString(m, "{\"command\": \"bench\"}\n");
        Cli.Result bench = Cli.run("rerun", m.toString());
        assertEquals(Main.BAD_INPUT, bench.code(), bench.toString());
        assertTrue(bench.err().contains("'bench'"), bench.err());

        Cli.Result same = Cli.run("rerun", m.toString(), "--out", m.getParent().toString());
        assertEquals(Main.BAD_INPUT, same.code(), same.toString());
        assertTrue(same.err().contains("--out"), same.err());
    }

    @Test
    void aSweepOfALatinHypercubeIsRerunOnItsRecordedPoints() throws Exception {
        Path out = dir.resolve("sweep");
        Cli.Result r = Cli.run("sweep", Cli.shortClassroom(dir).toString(),
                "--param", "steps.planning.inflationMean=0..0.5",
                "--param", "steps.pricing.idleDiscount=0,0.1", "--samples", "2", "--replications", "2", "--seed", "3",
                "--out", out.toString(), "--no-report", "-q");
        assertEquals(0, r.code(), r.toString());

        Path again = dir.resolve("sweep-again");
        Cli.Result rerun = Cli.run("rerun", out.toString(), "--out", again.toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());
        for (String table : List.of("results.csv", "summary.csv")) {
            assertEquals(Files.readString(out.resolve("tables").resolve(table)), Files.readString(again.resolve(table)),
                    table);
        }
        // the new folder's manifest is itself enough to rerun
        assertTrue(Files.readString(again.resolve("manifest.json")).contains("rerun_of"));
        assertEquals(0, Cli.run("rerun", again.toString(), "-q").code());

        // an edited summary is found and shown
        Path summary = out.resolve("tables").resolve("summary.csv");
        List<String> lines = Files.readAllLines(summary);
        lines.set(1, lines.get(1).replaceAll(",[^,]*$", ",99"));
        Files.writeString(summary, String.join("\n", lines) + "\n");
        Cli.Result edited = Cli.run("rerun", out.toString(), "-q");
        assertEquals(1, edited.code(), edited.toString());
        assertTrue(edited.out().contains("summary.csv") && edited.out().contains("DIFFERS"), edited.toString());
        assertTrue(edited.out().contains("results.csv") && edited.out().contains("identical"), edited.toString());

        // a recorded point that no longer loads is blamed on the manifest, not on a --param option
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        String manifest = Files.readString(out.resolve("manifest.json"));
        Files.writeString(broken.resolve("manifest.json"),
                manifest.replaceFirst("\"steps.pricing.idleDiscount\" : \"[^\"]*\"",
                        "\"steps.pricing.idleDiscount\" : \"lots\""));
        Cli.Result bad = Cli.run("rerun", broken.toString(), "-q");
        assertEquals(Main.BAD_INPUT, bad.code(), bad.toString());
        assertTrue(bad.err().contains(broken.resolve("manifest.json") + " design.points steps.pricing.idleDiscount"),
                bad.toString());
    }

    @Test
    void theDesignPointsOfASensitivityAnalysisAreRerunAndAnOptimisationIsExplained() throws Exception {
        Path out = dir.resolve("morris");
        Cli.Result r = Cli.run("sensitivity", Cli.shortClassroom(dir).toString(), "--param",
                "steps.planning.inflationMean=0..0.4", "--param", "segments[1].leadsPerDay=4..12", "--method",
                "morris", "--trajectories", "2", "--replications", "1", "--out", out.toString(), "--no-report", "-q");
        assertEquals(0, r.code(), r.toString());
        Cli.Result rerun = Cli.run("rerun", out.toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("results.csv") && rerun.out().contains("reproduced exactly"), rerun.toString());

        Path m = dir.resolve("optimised").resolve("manifest.json");
        Files.createDirectories(m.getParent());
        Files.writeString(m, "{\"command\": \"optimise\"}\n");
        Cli.Result optimise = Cli.run("rerun", m.toString());
        assertEquals(Main.BAD_INPUT, optimise.code(), optimise.toString());
        assertTrue(optimise.err().contains("command_line"), optimise.err());
    }

    @Test
    void anAttributionIsRerunWithItsRecordedDesign() throws Exception {
        Path out = dir.resolve("attribute");
        Cli.Result r = Cli.run("attribute", Cli.shortClassroom(dir).toString(), "--replications", "2", "--threads", "2",
                "--out", out.toString(), "--no-report", "-q");
        assertEquals(0, r.code(), r.toString());

        Cli.Result rerun = Cli.run("rerun", out.resolve("manifest.json").toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        for (String table : List.of("effects.csv", "one_at_a_time.csv", "results.csv")) {
            assertTrue(rerun.out().contains(table + " ") && rerun.out().contains("identical"), table + ": " + rerun);
        }
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());
    }

    @Test
    void anAttributionOverChosenSettingsAndAFactorialAreRerunWithTheirRecordedSettings() throws Exception {
        List<String> args = new ArrayList<>(List.of("attribute", Cli.shortClassroom(dir).toString(), "--design", "full",
                "--replications", "2", "--threads", "2", "--no-report", "-q", "--out", dir.resolve("pairs").toString(),
                "--settings", "strategic-selection=junior,senior-capacity"));
        for (org.ordercycle.policy.Lever l : org.ordercycle.policy.Lever.values()) {
            if (l != org.ordercycle.policy.Lever.STRATEGIC_SELECTION && l != org.ordercycle.policy.Lever.BILLING_CHECK) {
                args.addAll(List.of("--settings", l.cliName() + "=siloed,siloed"));
            }
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("full factorial 2^2, 4 policies"), r.out());
        assertTrue(r.out().contains("Left out      service-link (both settings off"), r.out());
        Cli.Result rerun = Cli.run("rerun", dir.resolve("pairs").resolve("manifest.json").toString(), "-q");
        assertEquals(0, rerun.code(), rerun.toString());
        assertTrue(rerun.out().contains("reproduced exactly"), rerun.toString());

        Path factorial = dir.resolve("factorial");
        Cli.Result f = Cli.run("attribute", Cli.shortClassroom(dir).toString(), "--factorial", "customer-format,stock-info",
                "--replications", "2", "--threads", "2", "-q", "--out", factorial.toString());
        assertEquals(0, f.code(), f.toString());
        Cli.Result again = Cli.run("rerun", factorial.resolve("manifest.json").toString(), "-q");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("setting_effects.csv ") && again.out().contains("reproduced exactly"),
                again.toString());
    }

    @Test
    void aRunRecordedByAnotherVersionSaysSoWhenItDoesNotReproduce() {
        assertNull(RerunCommand.versionNote("0.2.0", "0.2.0"));
        assertNull(RerunCommand.versionNote("", "0.2.0"), "older manifests may lack the version");
        assertNull(RerunCommand.versionNote("0.1.0", "dev"), "a build outside a jar does not know its version");
        String note = RerunCommand.versionNote("0.1.0", "0.2.0");
        assertTrue(note.startsWith("The run was recorded by ordercycle 0.1.0 and this is 0.2.0"), note);
        assertTrue(note.endsWith("Run version 0.1.0 to reproduce it."), note);
    }
}
