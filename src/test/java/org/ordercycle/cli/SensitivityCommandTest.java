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

/** The sensitivity command end to end, on the classroom scenario cut to a short horizon. */
class SensitivityCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INFLATION = "steps.planning.inflationMean=0..0.4";
    private static final String SHOPS = "segments[1].leadsPerDay=4..12";

    @TempDir
    Path dir;

    @Test
    void morrisPrintsEveryPrimaryMeasureAndWritesItsReport() throws Exception {
        Path out = dir.resolve("morris");
        String[] args = {"sensitivity", Cli.shortClassroom(dir).toString(), "--param", INFLATION, "--param",
                SHOPS, "--method", "morris", "--trajectories", "2", "--replications", "2", "--threads", "2",
                "--out", out.toString(), "--charts", "png,svg", "--quiet"};
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.code(), r.toString());
        for (String text : List.of("Lead time, mean (days)", "Total cost", "joint-siloed mu*", "sigma",
                "segments[1].leadsPerDay", "Morris, 2 trajectories on 4 levels: 6 points")) {
            assertTrue(r.out().contains(text), text + "\n" + r);
        }
        for (String f : List.of("tables/indices.csv", "tables/results.csv", "tables/summary.csv", "manifest.json",
                "report.html", "summary.md", "charts/morris-total-cost-joint-siloed.png",
                "charts/morris-lead-time-mean-joint-siloed.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("tables/indices.csv"))
                .startsWith("measure,response,parameter,index,estimate,ci_low,ci_high"));
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals("sensitivity", manifest.get("command").asText());
        assertEquals("morris", manifest.get("sensitivity").get("method").asText());
        assertEquals(6, manifest.get("design").get("points").size());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("What moves the gap between joint and siloed"), "findings");
        assertTrue(html.contains("moved most by"), "findings name the strongest parameter");

        // --resume reuses the stored runs and gives the same indices
        String before = Files.readString(out.resolve("tables/indices.csv"));
        String[] again = java.util.Arrays.copyOf(args, args.length + 1);
        again[args.length] = "--resume";
        assertEquals(0, Cli.run(again).code());
        assertEquals(before, Files.readString(out.resolve("tables/indices.csv")));
    }

    /** Same seed, one or two threads: the same JSON, design and indices alike. */
    @Test
    void sobolJsonIsTheSameOnOneAndTwoThreads() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Cli.Result one = Cli.run("sensitivity", scenario, "--param", INFLATION, "--param", SHOPS, "--method", "sobol",
                "--samples", "4", "--bootstrap", "50", "--replications", "1", "--threads", "1", "--json", "--quiet",
                "--no-report", "--seed", "5");
        Cli.Result two = Cli.run("sensitivity", scenario, "--param", INFLATION, "--param", SHOPS, "--method", "sobol",
                "--samples", "4", "--bootstrap", "50", "--replications", "1", "--threads", "2", "--json", "--quiet",
                "--no-report", "--seed", "5");
        assertEquals(0, one.code(), one.toString());
        assertEquals(one.out(), two.out());
        JsonNode json = JSON.readTree(one.out());
        assertEquals(4 * (2 + 2), json.get("points").asInt());
        assertEquals(4 * 3 * 2 * 2, json.get("indices").size(), "measures x responses x parameters x (S1, ST)");
        assertTrue(json.get("indices").get(0).has("ci_low"));
    }

    @Test
    void sobolReportDrawsBarsWithIntervals() throws Exception {
        Path out = dir.resolve("sobol");
        Cli.Result r = Cli.run("sensitivity", Cli.shortClassroom(dir).toString(), "--param", INFLATION, "--param",
                SHOPS, "--method", "sobol", "--samples", "4", "--bootstrap", "50", "--replications", "1",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("joint-siloed S1"), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("charts/sobol-total-cost-joint-siloed.png")));
        assertTrue(Files.readString(out.resolve("report.html")).contains("Sobol&#39; indices")
                || Files.readString(out.resolve("report.html")).contains("Sobol' indices"));
    }

    @Test
    void badOptionsAreRefusedWithTheReason() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Cli.Result list = Cli.run("sensitivity", scenario, "--param", "steps.planning.inflationMean=0,0.4");
        assertEquals(2, list.code(), list.toString());
        assertTrue(list.err().contains("PATH=LO..HI"), list.toString());
        Cli.Result method = Cli.run("sensitivity", scenario, "--param", INFLATION, "--method", "fast");
        assertEquals(2, method.code());
        assertTrue(method.err().contains("must be morris or sobol"), method.toString());
        Cli.Result levels = Cli.run("sensitivity", scenario, "--param", INFLATION, "--levels", "3");
        assertEquals(2, levels.code());
        assertTrue(levels.err().contains("even"), levels.toString());
        Cli.Result path = Cli.run("sensitivity", scenario, "--param", "steps.planning.nope=0..1", "--quiet");
        assertEquals(2, path.code());
        assertTrue(path.err().contains("steps.planning.nope"), path.toString());
        Cli.Result reversed = Cli.run("sensitivity", scenario, "--param", "steps.planning.inflationMean=0.4..0");
        assertEquals(2, reversed.code());
        assertTrue(reversed.err().contains("lo < hi"), reversed.toString());
    }
}
