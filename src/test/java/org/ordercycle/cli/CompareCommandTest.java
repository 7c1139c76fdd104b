package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.stats.Measure;

/** {@code ordercycle compare} end to end on the classroom scenario, and its input errors. */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLASSROOM = "scenarios/classroom.yaml";

    @TempDir
    Path dir;

    @Test
    void printsTheTableAndWritesTheFiles() throws Exception {
        Path out = dir.resolve("cmp");
        Cli.Result r = Cli.run("compare", CLASSROOM, "--replications", "3", "--threads", "2", "--out", out.toString(),
                "--charts", "png,pdf", "--quiet");
        assertEquals(0, r.code(), r.toString());
        String text = r.out();
        assertTrue(text.contains("Replications  3 per policy"), text);
        assertTrue(text.contains("Warm-up       30 days (fixed by the scenario)"), text);
        assertTrue(text.contains("joint - siloed"), text);
        for (Measure m : Experiment.PRIMARY) {
            String line = text.lines().filter(l -> l.startsWith("  " + ComparisonReport.label(m))).findFirst()
                    .orElseThrow(() -> new AssertionError(m + " missing:\n" + text));
            assertEquals(3, line.split("±", -1).length - 1, "two means and a difference with ±: " + line);
            assertTrue(line.contains("%"), "relative change: " + line);
        }
        assertTrue(text.indexOf("PRIMARY MEASURES") < text.indexOf("DELIVERY"), "primary measures first");
        assertTrue(text.indexOf("VERDICT") > 0 && text.indexOf("VERDICT") < text.indexOf("PRIMARY MEASURES"), text);
        // the verdict printed is the report's, word for word
        String printed = text.substring(text.indexOf("VERDICT") + 7, text.indexOf("PRIMARY MEASURES"))
                .replaceAll("\\s+", " ").strip();
        String md = Files.readString(out.resolve("summary.md"));
        String written = md.substring(md.indexOf("## Verdict") + 10, md.indexOf("## ", md.indexOf("## Verdict") + 10))
                .replace("\\", "").replaceAll("\\s+", " ").strip();
        assertEquals(written, printed);
        assertTrue(printed.startsWith("Against siloed, joint "), printed);
        assertTrue(text.contains("  Total cost, EUR "), "money rows name the currency: " + text);
        assertFalse(text.contains("999%"), "relative changes are numbers, not capped: " + text);
        assertEquals("+1,970%", ComparisonReport.change(19.7));
        assertEquals("-25.0%", ComparisonReport.change(-0.25));
        for (String line : text.lines().takeWhile(l -> !l.startsWith("Report written to")).toList()) {
            // the table is as wide as ComparisonReport.WIDTH: means, difference, change and p-values side by side
            assertTrue(line.length() <= ComparisonReport.WIDTH, "line of " + line.length() + " characters: " + line);
        }
        assertTrue(text.contains("Report written to "), text);
        assertTrue(text.contains("report.html"), text);
        assertEquals("", r.err(), "--quiet: nothing on stderr");

        for (String file : List.of("tables/results.csv", "tables/summary.csv", "tables/comparison.csv",
                "tables/lead_time_ecdf.csv", "tables/periods.csv", "tables/journeys.csv", "manifest.json",
                "report.html", "summary.md", "charts/headline-lead-time.png", "charts/order-journeys.pdf")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertFalse(Files.exists(out.resolve("charts/order-journeys.svg")), "--charts png,pdf: no SVG");
        assertTrue(text.contains("charts/ (PNG, PDF)"), text);
        assertTrue(Files.readString(out.resolve("tables").resolve("comparison.csv")).startsWith("base_policy,other_policy,measure,"));
        assertEquals(2 * 3, storedRuns(out), "one stored run per policy and replication");
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(64, manifest.get("scenario_sha256").asText().length());
        assertEquals(3, manifest.get("replications").asInt());
        assertEquals("shipping-and-sales", manifest.get("policies").get(1).get("levers").get("billing-check").asText());
        assertEquals(30.0, manifest.get("warmup").get("days").asDouble());
        assertTrue(manifest.get("command_line").asText().startsWith("ordercycle compare scenarios/classroom.yaml"));
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void jsonParsesBackWithSummaryAndComparison() throws Exception {
        Cli.Result r = Cli.run("compare", CLASSROOM, "--replications", "3", "--json", "--seed", "4");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = JSON.readTree(r.out()); // fails when anything else is on stdout
        assertEquals("classroom", json.get("scenario").asText());
        assertEquals(4, json.get("seed").asInt());
        assertEquals(3, json.get("replications").asInt());
        assertEquals(30.0, json.get("warmup").get("days").asDouble());
        assertEquals("siloed", json.get("policies").get(0).get("name").asText());
        assertEquals(org.ordercycle.policy.Lever.values().length, json.get("policies").get(1).get("levers").size(),
                "every lever recorded");
        JsonNode lead = json.get("summary").get("joint").get("lead_time_mean");
        assertEquals(3, lead.get("n").asInt());
        assertTrue(lead.get("ci_low").asDouble() <= lead.get("mean").asDouble()
                && lead.get("mean").asDouble() <= lead.get("ci_high").asDouble(), lead.toString());
        JsonNode first = json.get("comparison").get(0);
        for (String field : List.of("base", "other", "measure", "difference", "ci_low", "ci_high", "relative_change",
                "p_value", "significant")) {
            assertTrue(first.has(field), field + " in " + first);
        }
        assertEquals("siloed", first.get("base").asText());
        double diff = json.get("summary").get("joint").get(first.get("measure").asText()).get("mean").asDouble()
                - json.get("summary").get("siloed").get(first.get("measure").asText()).get("mean").asDouble();
        assertEquals(diff, first.get("difference").asDouble(), 1e-9, "mean of paired differences");
    }

    @Test
    void precisionModeRecordsItsRuleInTheManifest() throws Exception {
        Path out = dir.resolve("precise");
        Cli.Result r = Cli.run("compare", CLASSROOM, "--precision", "0.05", "--max-replications", "12", "--json",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        int n = JSON.readTree(r.out()).get("replications").asInt();
        assertTrue(n >= 10 && n <= 12, n + " replications: the pilot batch of 10, at most 12");
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(n, manifest.get("replications").asInt());
        assertEquals(0.05, manifest.get("precision").asDouble());
        assertEquals(12, manifest.get("max_replications").asInt());
    }

    @Test
    void resumeReusesTheStoreAndAFreshRunClearsIt() throws Exception {
        Path out = dir.resolve("cmp");
        assertEquals(0, Cli.run("compare", CLASSROOM, "--replications", "2", "--out", out.toString(), "-q").code());
        String firstSummary = Files.readString(out.resolve("tables").resolve("summary.csv"));
        Path stray = out.resolve(CompareCommand.RUNS).resolve(ResultStore.safe("base")).resolve(ResultStore.safe("siloed"))
                .resolve("r9.json");
        Files.writeString(stray, "{}");

        Cli.Result resumed = Cli.run("compare", CLASSROOM, "--replications", "3", "--out", out.toString(), "-q",
                "--resume");
        assertEquals(0, resumed.code(), resumed.toString());
        assertTrue(Files.exists(stray), "--resume keeps the store");
        assertEquals(2 * 3 + 1, storedRuns(out));
        String resumedSummary = Files.readString(out.resolve("tables").resolve("summary.csv"));
        assertFalse(firstSummary.equals(resumedSummary), "3 replications, not 2");

        Cli.Result refused = Cli.run("compare", CLASSROOM, "--replications", "3", "--out", out.toString(), "-q");
        assertEquals(Main.BAD_INPUT, refused.code(), "a finished report is never overwritten: " + refused);
        assertTrue(refused.err().contains("already holds a finished report"), refused.toString());

        Path fresh = dir.resolve("fresh"); // an uninterrupted run of 3 replications, in a folder of its own
        Cli.Result uninterrupted = Cli.run("compare", CLASSROOM, "--replications", "3", "--out", fresh.toString(), "-q");
        assertEquals(0, uninterrupted.code(), uninterrupted.toString());
        assertEquals(2 * 3, storedRuns(fresh), "a fresh run stores its own runs only");
        assertEquals(resumedSummary, Files.readString(fresh.resolve("tables").resolve("summary.csv")),
                "resumed = uninterrupted");
    }

    @Test
    void badInputNamesTheOptionAndExitsWith2() {
        assertBad(List.of("--replications", "1"), "'--replications'", "at least 2");
        assertBad(List.of("--replications", "5", "--precision", "0.05"), "'--replications' and '--precision'");
        assertBad(List.of("--max-replications", "50"), "'--max-replications' needs '--precision");
        assertBad(List.of("--precision", "0"), "'--precision'", "above 0 and below 1");
        assertBad(List.of("--precision", "0.05", "--max-replications", "1"), "'--max-replications'", "at least 2");
        assertBad(List.of("--threads", "0"), "'--threads'", "at least 1");
        assertBad(List.of("--resume"), "'--resume' needs '--out DIR'");
        assertBad(List.of("--policies", "siloed,jiont"), "'--policies'", "'jiont' is neither siloed, joint");
        assertBad(List.of("--policies", "joint"), "'--policies'", "at least two");
        assertBad(List.of("--policies", "joint,joint"), "'--policies'", "two policies are named 'joint'");
        Cli.Result r = Cli.run("compare", "no-such.yaml");
        assertEquals(Main.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("Scenario file not found: no-such.yaml"), r.err());
    }

    private static void assertBad(List<String> options, String... fragments) {
        String[] args = Stream.concat(Stream.of("compare", CLASSROOM), options.stream()).toArray(String[]::new);
        Cli.Result r = Cli.run(args);
        assertEquals(Main.BAD_INPUT, r.code(), r.toString());
        assertEquals("", r.out(), "nothing on stdout: " + r);
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' in: " + r.err());
        }
    }

    private static long storedRuns(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out.resolve(CompareCommand.RUNS))) {
            return s.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
