package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robustness command end to end, on the classroom scenario cut short with two assumptions. */
class RobustnessCommandTest {
    @TempDir
    Path dir;

    private Path withAssumptions(String assumptions) throws Exception {
        Path file = withoutAssumptions();
        Files.writeString(file, Files.readString(file) + "\nassumptions:\n" + assumptions);
        return file;
    }

    /** The short classroom scenario without its own list of assumptions. */
    private Path withoutAssumptions() throws Exception {
        Path file = Cli.shortClassroom(dir);
        String text = Files.readString(file);
        int list = text.indexOf("\nassumptions:");
        Files.writeString(file, list < 0 ? text : text.substring(0, list + 1));
        return file;
    }

    @Test
    void writesVerdictsTablesAndReport() throws Exception {
        Path scenario = withAssumptions("""
                  - {path: steps.pricing.idleDiscount, low: 0, high: 0.1, why: not measured}
                  - {path: "segments[0].baseAcceptance", low: 0.6, high: 0.9, why: quotes won are not recorded}
                """);
        Path out = dir.resolve("rob");
        Cli.Result r = Cli.run("robustness", scenario.toString(), "--points", "4", "--replications", "2",
                "--threads", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("steps.pricing.idleDiscount"), r.toString());
        assertTrue(r.out().contains("Joint delivers faster (mean lead time lower): holds"), r.toString());
        for (String f : List.of("tables/robustness.csv", "tables/points.csv", "tables/assumptions.csv",
                "tables/results.csv", "manifest.json", "report.html", "charts/robustness.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(out.resolve("tables/points.csv"));
        assertEquals(1 + 4 * 4, rows.size(), "one row per point and headline conclusion");
        Cli.Result rerun = Cli.run("rerun", out.resolve("manifest.json").toString(), "--quiet");
        assertEquals(0, rerun.code(), "rerun reproduces the runs behind the verdicts\n" + rerun);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("What holds over the assumed ranges"), "findings section");

        Cli.Result json = Cli.run("robustness", scenario.toString(), "--points", "4", "--replications", "2",
                "--threads", "1", "--json", "--no-report", "--quiet");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(4, root.path("conclusions").size(), json.toString());
        int counted = 0;
        for (JsonNode c : root.path("conclusions")) {
            counted += c.path("holds").asInt() + c.path("unclear").asInt() + c.path("reversed").asInt();
        }
        assertEquals(4 * 4, counted, "every point gets one verdict per conclusion");
        assertEquals(Files.readString(out.resolve("tables/robustness.csv")).lines().count(), 5,
                "the same four conclusions on one thread as on two");
    }

    @Test
    void aScenarioWithoutAssumptionsIsRefusedWithWhatToAdd() throws Exception {
        Cli.Result r = Cli.run("robustness", withoutAssumptions().toString(), "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("lists no assumptions"), r.toString());
    }

    @Test
    void aRangeUpsideDownOrAnUnknownPathIsNamed() throws Exception {
        Cli.Result upsideDown = Cli.run("robustness", withAssumptions(
                "  - {path: steps.pricing.idleDiscount, low: 0.2, high: 0.1}\n").toString(), "--quiet");
        assertEquals(2, upsideDown.code(), upsideDown.toString());
        assertTrue(upsideDown.err().contains("assumptions[0].low"), upsideDown.toString());
        Cli.Result unknown = Cli.run("robustness", withAssumptions(
                "  - {path: steps.pricing.nosuch, low: 0, high: 1}\n").toString(), "--quiet");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("nosuch"), unknown.toString());
    }
}
