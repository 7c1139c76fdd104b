package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimise command end to end on the short classroom scenario: text, files, report, --json, errors. */
class OptimiseCommandTest {
    @TempDir
    Path dir;

    @Test
    void optimisesWritesTablesAndReport() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Path out = dir.resolve("opt");
        Cli.Result r = Cli.run("optimise", scenario.toString(), "--levers", "shared-entry,stock-info",
                "--budget", "coordination_cost<=1e9", "--first", "2", "--finalists", "2", "--replications", "3",
                "--threads", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        for (String s : List.of("SCREENING", "WINNER", "CONFIRMATION", "minus siloed", "minus joint",
                "coordination_cost")) {
            assertTrue(r.out().contains(s), s + "\n" + r);
        }
        for (String f : List.of("tables/halving.csv", "tables/candidates.csv", "tables/finalists.csv",
                "tables/confirmation.csv", "tables/winner.csv", "manifest.json", "report.html",
                "charts/optimisation-trace.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> conf = Files.readAllLines(out.resolve("tables/confirmation.csv"));
        assertEquals("policy,measure,n,mean,ci_low,ci_high", conf.get(0));
        assertEquals(1 + 2 * 5, conf.size(), "optimised, siloed, joint and two differences for two measures");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("optimise", manifest.path("command").asText());
        assertEquals("coordination_cost", manifest.path("optimisation").path("budget_measure").asText());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("What was found") && html.contains("Halving trace"), "report sections");
    }

    @Test
    void jsonGivesTheWinnerAndTheConfirmation() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Cli.Result r = Cli.run("optimise", scenario.toString(), "--levers", "stock-info", "--first", "2",
                "--replications", "3", "--threads", "2", "--no-report", "--json", "--quiet");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.path("winner").path("levers").has("stock-info"));
        assertEquals(5, json.path("confirmation").size());
        assertEquals(3, json.path("confirmation").get(0).path("n").asInt());
    }

    @Test
    void badOptionsAreClearErrors() throws Exception {
        Path scenario = Cli.shortClassroom(dir);
        Cli.Result budget = Cli.run("optimise", scenario.toString(), "--budget", "coordination_cost<20000",
                "--no-report");
        assertNotEquals(0, budget.code());
        assertTrue(budget.err().contains("MEASURE<=NUMBER"), budget.toString());
        Cli.Result lever = Cli.run("optimise", scenario.toString(), "--levers", "no-such-lever", "--no-report");
        assertNotEquals(0, lever.code());
        assertTrue(lever.err().contains("unknown lever 'no-such-lever'"), lever.toString());
        Cli.Result measure = Cli.run("optimise", scenario.toString(), "--objective", "profits", "--no-report");
        assertNotEquals(0, measure.code());
        assertTrue(measure.err().contains("'profits' is no measure"), measure.toString());
    }
}
