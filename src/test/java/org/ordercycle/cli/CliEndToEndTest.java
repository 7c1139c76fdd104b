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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.stats.Measure;

/**
 * End-to-end runs of the commands on a shipped scenario. NEEDS THE ENGINE AND THE LOADER: while
 * either still throws "under construction", or no scenario is shipped in {@code scenarios/}, these
 * tests are reported as skipped (aborted) with that reason; they run by themselves once both work.
 */
@Tag("engine")
class CliEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The shipped baseline scenario (or the first shipped one); aborts the test when there is none. */
    static Path scenario() throws Exception {
        Path folder = Path.of("scenarios");
        Assumptions.assumeTrue(Files.isDirectory(folder), "no scenarios/ folder shipped yet");
        if (Files.exists(folder.resolve("baseline.yaml"))) {
            return folder.resolve("baseline.yaml");
        }
        try (Stream<Path> files = Files.list(folder)) {
            Path first = files.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElse(null);
            Assumptions.assumeTrue(first != null, "no scenario shipped in scenarios/ yet");
            return first;
        }
    }

    /** Runs the command; aborts the test while the engine or the loader is under construction. */
    static Cli.Result run(String... args) {
        Cli.Result r = Cli.run(args);
        Assumptions.assumeFalse(r.err().contains("under construction"),
                "engine or loader still under construction: " + r.err().strip());
        return r;
    }

    @Test
    void validateSaysOk() throws Exception {
        Cli.Result r = run("validate", scenario().toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("OK "), r.toString());
        assertTrue(r.out().contains("products") && r.out().contains("segments"), r.toString());
    }

    @Test
    void jsonIsOneObjectWithEveryMeasure() throws Exception {
        Cli.Result r = run("run", scenario().toString(), "--json", "--replications", "2", "--threads", "2",
                "--lever", "billing-check=joint");
        assertEquals(0, r.code(), r.toString());
        JsonNode json = JSON.readTree(r.out());    // fails when anything else is on stdout
        for (String field : List.of("scenario", "policy", "levers", "seed", "replications", "kpis", "kpis_sd",
                "segments", "step_time", "units", "version")) {
            assertTrue(json.has(field), field);
        }
        assertEquals("shipping-and-sales", json.get("levers").get("billing-check").asText());
        assertEquals(2, json.get("replications").asInt());
        for (Measure m : Measure.values()) {
            assertTrue(json.get("kpis").has(m.key()), m.key());
        }
        assertTrue(json.get("segments").size() > 0, "per-segment means");
    }

    @Test
    void resultsDoNotDependOnThreads() throws Exception {
        String path = scenario().toString();
        JsonNode one = JSON.readTree(run("run", path, "--json", "--replications", "2", "--threads", "1").out());
        JsonNode two = JSON.readTree(run("run", path, "--json", "--replications", "2", "--threads", "2").out());
        assertEquals(one.get("kpis"), two.get("kpis"));
    }

    @Test
    void humanReportIsGroupedAndNarrow() throws Exception {
        Cli.Result r = run("run", scenario().toString(), "--replications", "3", "--policy", "joint");
        assertEquals(0, r.code(), r.toString());
        for (String heading : List.of("DELIVERY", "COST", "BILLING", "PLANNING", "CUSTOMER", "BY CUSTOMER SEGMENT")) {
            assertTrue(r.out().contains(heading), heading + "\n" + r);
        }
        assertTrue(r.out().contains("±"), "confidence half-widths with 3 replications");
        assertTrue(r.out().contains("Money         in EUR"), "the money figures carry no unit: the header names it");
        r.out().lines().forEach(line -> assertTrue(line.length() <= 100, "too long: " + line));
    }

    @Test
    void outWritesEveryFileAndNoTemporaryOnes() throws Exception {
        Path out = dir.resolve("results/siloed");
        Cli.Result r = run("run", scenario().toString(), "--out", out.toString(), "--orders", "--replications", "2");
        assertEquals(0, r.code(), r.toString());
        for (String name : List.of("kpis.csv", "periods.csv", "manifest.json", "orders.csv")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(4, files.count(), "no temporary files left");
        }
        assertTrue(Files.readString(out.resolve("kpis.csv"))
                .startsWith("scenario,policy,seed,replication,measure,segment,value\n"));
        String orders = Files.readString(out.resolve("orders.csv"));
        assertTrue(orders.lines().findFirst().orElseThrow().contains("entry_queue,entry_processing,entry_unattended"));
        assertTrue(orders.lines().count() > 1, "at least one order");
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("replications").asInt());
        assertEquals(64, manifest.get("scenario_sha256").asText().length());
        assertTrue(manifest.get("command_line").asText().contains("--orders"));
    }

    @Test
    void traceShowsTheJourneyAndRejectsUnknownOrders() throws Exception {
        String path = scenario().toString();
        Cli.Result r = run("trace", path, "--order", "5");
        assertEquals(0, r.code(), r.toString());
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("Try --order (\\d+)").matcher(r.out());
        if (next.find()) {     // order 5 was an inquiry that never became an order: follow the suggestion
            assertTrue(r.out().contains("never became an order"), r.toString());
            r = run("trace", path, "--order", next.group(1));
            assertEquals(0, r.code(), r.toString());
        }
        assertTrue(r.out().contains("SUMMARY") && r.out().contains("Final state"), r.toString());
        r.out().lines().forEach(line -> assertTrue(line.length() <= 100, "too long: " + line));

        Cli.Result missing = run("trace", path, "--order", "999999999");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("does not exist"), missing.toString());
        assertFalse(missing.err().contains("Exception"));
    }
}
