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

/** The discover command end to end, on the classroom scenario cut to a short horizon. */
class DiscoverCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void discoverPrintsTheBoxAndWritesItsReport() throws Exception {
        Path out = dir.resolve("discover");
        Cli.Result r = Cli.run("discover", Cli.shortClassroom(dir).toString(), "--param",
                "segments[0].leadsPerDay=2..8", "--param", "steps.planning.inflationMean=0..0.4", "--when",
                "lead_time_mean[siloed] > 6", "--points", "10", "--replications", "1", "--out", out.toString(),
                "--charts", "png,svg", "--quiet");
        assertEquals(0, r.code(), r.toString());
        for (String text : List.of("Condition     lead_time_mean[siloed] > 6", "PRIM (peeling alpha 0.05",
                "coverage", "density", "Classification tree")) {
            assertTrue(r.out().contains(text), text + "\n" + r);
        }
        for (String f : List.of("tables/points.csv", "tables/trajectory.csv", "tables/rules.csv",
                "tables/results.csv", "manifest.json", "report.html", "charts/prim-trade-off.png",
                "charts/prim-box.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals("discover", manifest.get("command").asText());
        assertEquals(10, manifest.get("design").get("points").size());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Where the condition holds"));
    }

    @Test
    void jsonIsTheSameOnOneAndTwoThreads() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        String[] args = {"discover", scenario, "--param", "segments[0].leadsPerDay=2..8", "--when",
                "lead_time_mean[siloed] > 6", "--points", "6", "--replications", "1", "--json", "--quiet",
                "--no-report", "--threads", "1"};
        Cli.Result one = Cli.run(args);
        args[args.length - 1] = "2";
        Cli.Result two = Cli.run(args);
        assertEquals(0, one.code(), one.toString());
        assertEquals(one.out(), two.out());
        JsonNode json = JSON.readTree(one.out());
        assertTrue(json.get("box").has("coverage") && json.get("trajectory").size() >= 1);
    }

    @Test
    void aBadConditionIsRefusedWithItsPosition() throws Exception {
        Cli.Result r = Cli.run("discover", Cli.shortClassroom(dir).toString(), "--param",
                "segments[0].leadsPerDay=2..8", "--when", "total_cost[joint] =< 3");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--when") && r.err().contains("position 19"), r.toString());
    }
}
