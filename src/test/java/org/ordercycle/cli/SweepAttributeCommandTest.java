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

/** The sweep and attribute commands end to end, on the classroom scenario cut to a short horizon. */
class SweepAttributeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void sweepPrintsOneTablePerPrimaryMeasureAndWritesItsFiles() throws Exception {
        Path out = dir.resolve("sweep");
        String[] args = {"sweep", Cli.shortClassroom(dir).toString(), "--param", "steps.planning.inflationMean=0,0.4",
                "--param", "segments[1].leadsPerDay=6,12", "--replications", "2", "--threads", "2", "--out",
                out.toString(), "--charts", "png,svg", "--quiet"};
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.code(), r.toString());
        for (String title : List.of("Lead time, mean (days)", "On-time delivery (%)", "Total cost",
                "Invoices with an error (%)")) {
            assertTrue(r.out().contains(title), title + "\n" + r);
        }
        assertTrue(r.out().contains("p003"), r.toString());
        assertTrue(r.out().contains(" ± "), r.toString());
        assertEquals("", r.err(), "--quiet");
        for (String f : List.of("tables/results.csv", "tables/summary.csv", "manifest.json", "report.html",
                "summary.md", "charts/sweep-lead-time-mean-siloed.png", "charts/sweep-total-cost-joint.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("tables").resolve("results.csv")).startsWith(
                "scenario,point,steps.planning.inflationMean,segments[1].leadsPerDay,policy,replication,"));
        // the report reads the currency of its money axes from units.csv, as a comparison's does
        assertTrue(Files.readAllLines(out.resolve("tables").resolve("units.csv")).contains("total_cost,EUR"));
        // no point overloads a department: the warnings table is there, empty, and nothing is flagged
        assertEquals(List.of("point,policy,department,kind,utilisation,queue_first,queue_last,message"),
                Files.readAllLines(out.resolve("tables").resolve("warnings.csv")));
        assertFalse(r.out().contains("WARNING"), r.toString());
        assertFalse(Files.readString(out.resolve("report.html")).contains("class=\"warnings\""));
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(4, manifest.get("design").get("points").size());
        assertEquals("12", manifest.get("design").get("points").get(3).get("values").get("segments[1].leadsPerDay")
                .asText());

        // --resume reuses the stored runs and gives the same tables
        String before = Files.readString(out.resolve("tables").resolve("summary.csv"));
        String[] again = java.util.Arrays.copyOf(args, args.length + 1);
        again[args.length] = "--resume";
        assertEquals(0, Cli.run(again).code());
        assertEquals(before, Files.readString(out.resolve("tables").resolve("summary.csv")));
    }

    @Test
    void aSweepPointThatOverloadsTheLineIsFlaggedInTheOutputAndTheReport() throws Exception {
        Path out = dir.resolve("busy");
        Cli.Result r = Cli.run("sweep", Cli.shortClassroom(dir).toString(), "--param", "segments[1].leadsPerDay=9,60",
                "--replications", "2", "--out", out.toString(), "--charts", "png", "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("WARNING: at p001 (segments[1].leadsPerDay=60): line L1 is overloaded"),
                r.out());
        assertFalse(r.out().contains("at p000"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("class=\"warnings\"") && html.contains("at p001 (segments[1].leadsPerDay=60)"),
                "the report's warning box names the point");
    }

    @Test
    void sweepOfARangeNeedsSamplesAndPrintsJson() throws Exception {
        String scenario = Cli.shortClassroom(dir).toString();
        Cli.Result missing = Cli.run("sweep", scenario, "--param", "steps.planning.inflationMean=0..0.5");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("--samples"), missing.toString());

        Cli.Result r = Cli.run("sweep", scenario, "--param", "steps.planning.inflationMean=0..0.5", "--samples", "3",
                "--policies", "siloed", "--replications", "2", "--json", "--quiet", "--out",
                dir.resolve("lhs").toString());
        assertEquals(0, r.code(), r.toString());
        // no grid for a heat map: the measures against the parameter instead
        String stem = "sweep-lead-time-mean-by-steps-planning-inflationmean";
        assertTrue(Files.size(dir.resolve("lhs").resolve("charts").resolve(stem + ".png")) > 0, stem);
        assertTrue(Files.readString(dir.resolve("lhs").resolve("report.html")).contains("Mean lead time against "
                + "steps.planning.inflationMean"));
        JsonNode json = JSON.readTree(r.out());
        assertEquals(3, json.get("points").size());
        double v = json.get("points").get(0).get("values").get("steps.planning.inflationMean").asDouble();
        assertTrue(v >= 0 && v <= 0.5, "in range: " + v);
        assertTrue(json.get("points").get(0).get("results").get("siloed").get("lead_time_mean").get("mean")
                .isNumber());
    }

    @Test
    void sweepReportsTheLoadersErrorsAsBadInput() throws Exception {
        Cli.Result r = Cli.run("sweep", Cli.shortClassroom(dir).toString(),
                "--param", "steps.planing.inflationMean=0,1",
                "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--param") && r.err().contains("steps.planing.inflationMean"), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());

        Cli.Result resume = Cli.run("sweep", Cli.shortClassroom(dir).toString(),
                "--param", "horizonDays=30,40", "--resume");
        assertEquals(2, resume.code(), resume.toString());
        assertTrue(resume.err().contains("--out"), resume.toString());
    }

    @Test
    void splitsValuesOutsideBraces() {
        assertEquals(List.of("{dist: exponential, mean: 1}", "{dist: exponential, mean: 2}", "3"),
                ParamOption.splitValues("{dist: exponential, mean: 1}, {dist: exponential, mean: 2},3"));
        assertEquals(List.of("[1, 2]", "'a,b'"), ParamOption.splitValues("[1, 2],'a,b'"));
    }

    @Test
    void attributeRanksTheLeversAndWritesItsFiles() throws Exception {
        Path out = dir.resolve("attribution");
        Cli.Result r = Cli.run("attribute", Cli.shortClassroom(dir).toString(), "--replications", "2", "--threads", "2",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        String text = r.out();
        for (String part : List.of("Lead time, mean (days): levers ranked", "Total cost: levers ranked",
                "Invoices with an error (percentage points): levers ranked", "Strongest two-lever interactions",
                "One lever at a time", "resolution IV")) {
            assertTrue(text.contains(part), part + "\n" + text);
        }
        assertTrue(text.indexOf("levers ranked") < text.indexOf("Strongest") && text.indexOf("Strongest")
                < text.indexOf("One lever at a time"), text);
        for (String f : List.of("tables/effects.csv", "tables/one_at_a_time.csv", "tables/results.csv",
                "tables/units.csv", "manifest.json", "report.html", "summary.md", "charts/attribution-lead-time-mean.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String> effects = Files.readAllLines(out.resolve("tables").resolve("effects.csv"));
        assertEquals("measure,term,aliases,effect,ci_low,ci_high,significant", effects.get(0));
        assertEquals(1 + 4 * 27, effects.size());
        assertEquals("measure,base,lever,difference,ci_low,ci_high",
                Files.readAllLines(out.resolve("tables").resolve("one_at_a_time.csv")).get(0));
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(32, manifest.get("design").get("runs").asInt());
        assertEquals(15, manifest.get("design").get("interaction_alias_chains").size());
    }

    @Test
    void attributeFactorialPrintsEveryCombinationAndTheSettingsEffects() throws Exception {
        Path out = dir.resolve("factorial");
        Cli.Result r = Cli.run("attribute", Cli.shortClassroom(dir).toString(), "--factorial",
                "strategic-selection,customer-format", "--replications", "2", "--threads", "2", "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("full factorial over strategic-selection (3) x customer-format (2): 6 combinations"),
                r.out());
        assertTrue(r.out().contains("Main effect of each setting against the base's setting"), r.out());
        assertTrue(r.out().contains("senior-capacity"), r.out());
        assertEquals("measure,lever,setting,reference,effect,ci_low,ci_high,significant",
                Files.readAllLines(out.resolve("tables").resolve("setting_effects.csv")).get(0));
        assertEquals(1 + 6 * org.ordercycle.experiment.Experiment.PRIMARY.size(),
                Files.readAllLines(out.resolve("tables").resolve("combinations.csv")).size(),
                "6 combinations x the primary measures");
        assertEquals(6, JSON.readTree(out.resolve("manifest.json").toFile()).get("policies_run").size());
    }

    @Test
    void attributeSettingsAndFactorialRefuseBadInputClearly() throws Exception {
        String file = Cli.shortClassroom(dir).toString();
        Cli.Result bad = Cli.run("attribute", file, "--settings", "strategic-selection=junior,senoir-capacity");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("lever strategic-selection has no setting 'senoir-capacity' (did you mean "
                + "senior-capacity?); settings: junior, senior-capacity, executive"), bad.toString());
        Cli.Result one = Cli.run("attribute", file, "--settings", "billing-check=shipping-only");
        assertTrue(one.err().contains("give two settings of billing-check separated by a comma"), one.toString());
        Cli.Result big = Cli.run("attribute", file, "--factorial",
                "joint-planning,strategic-selection,billing-check,capacity-info,stock-info");
        assertEquals(2, big.code(), big.toString());
        assertTrue(big.err().contains("108 combinations, more than the 64 allowed"), big.toString());
    }

    @Test
    void attributeRejectsAnUnknownDesign() throws Exception {
        Cli.Result r = Cli.run("attribute", Cli.shortClassroom(dir).toString(), "--design", "half");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("full or fractional"), r.toString());
    }
}
