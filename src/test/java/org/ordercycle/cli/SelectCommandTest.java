package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The select command end to end on the short classroom scenario: text, files, report, resume, --json, errors. */
class SelectCommandTest {
    @TempDir
    Path dir;

    @Test
    void selectsWritesTablesAndReportAndResumesToTheSameAnswer() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Path out = dir.resolve("sel");
        String[] args = {"select", scenario.toString(), "--policies", "siloed,joint", "--measure", "lead_time_mean",
                "--delta", "0.2", "--first", "3", "--max-replications", "12", "--threads", "2", "--out",
                out.toString(), "--quiet"};
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.code(), r.toString());
        for (String s : List.of("Kim & Nelson (2001)", "ELIMINATIONS", "MULTIPLE COMPARISONS WITH THE BEST",
                "lower is better", "0.20 days better")) {
            assertTrue(r.out().contains(s), s + "\n" + r);
        }
        assertTrue(r.out().contains("SELECTED") || r.out().contains("UNDECIDED"), r.toString());
        for (String f : List.of("tables/selection.csv", "tables/eliminations.csv", "tables/results.csv",
                "manifest.json", "report.html", "summary.md", "charts/selection-mcb.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(out.resolve("tables/selection.csv"));
        assertEquals("policy,status,replications,measure,mean,mcb_low,mcb_high,eliminated_at,eliminated_by",
                rows.get(0));
        assertEquals(3, rows.size(), "one row per policy");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("select", manifest.path("command").asText());
        assertEquals("lead_time_mean", manifest.path("selection").path("measure").asText());
        assertEquals(0.2, manifest.path("selection").path("delta").asDouble(), 0);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("What was selected") && html.contains("Eliminations"), "report sections");

        // resume: every replication comes from the store, the answer is the same
        String[] again = java.util.Arrays.copyOf(args, args.length + 3);
        again[args.length] = "--resume";
        again[args.length + 1] = "--json";
        again[args.length + 2] = "--no-report";
        Cli.Result resumed = Cli.run(again);
        assertEquals(0, resumed.code(), resumed.toString());
        JsonNode json = new ObjectMapper().readTree(resumed.out());
        assertEquals(manifest.path("selection").path("selected").asText(),
                json.path("selection").path("selected").asText());
        assertEquals(manifest.path("selection").path("total_replications").asInt(),
                json.path("selection").path("total_replications").asInt());
        assertEquals(2, json.path("policies").size());
        int selected = 0;
        for (JsonNode p : json.path("policies")) {
            selected += "selected".equals(p.path("status").asText()) ? 1 : 0;
            assertTrue(p.path("mcb_low").asDouble() <= 0 && p.path("mcb_high").asDouble() >= 0, p.toString());
        }
        assertEquals(1, selected);
    }

    @Test
    void badOptionsNameTheOptionAndWhatIsAllowed() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        assertBad(Cli.run("select", scenario.toString(), "--measure", "capacity_utilisation", "--no-report"),
                "--measure", "neither better high nor better low", "profit");
        assertBad(Cli.run("select", scenario.toString(), "--measure", "speed", "--no-report"), "--measure",
                "ordercycle measures");
        assertBad(Cli.run("select", scenario.toString(), "--pcs", "0.4", "--no-report"), "--pcs", "1/2");
        assertBad(Cli.run("select", scenario.toString(), "--delta", "-1", "--no-report"), "--delta", "above 0");
        assertBad(Cli.run("select", scenario.toString(), "--first", "5", "--max-replications", "3", "--no-report"),
                "--max-replications", "--first 5");
        assertBad(Cli.run("select", scenario.toString(), "--policies", "siloed", "--no-report"), "--policies",
                "select needs at least two");
    }

    private static void assertBad(Cli.Result r, String... fragments) {
        assertEquals(2, r.code(), r.toString());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "stderr should contain '" + f + "'\n" + r);
        }
        assertFalse(r.err().contains("\tat "), "no stack trace\n" + r);
    }
}
