package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.policy.Lever;
import org.ordercycle.stats.Measure;

/** Errors, help and the commands that need no engine. Option checks run before the scenario is loaded. */
class CliErrorsTest {

    @TempDir
    Path dir;

    private Path someFile() throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "name: s\n");
        return file;
    }

    private static void assertBadInput(Cli.Result r, String... fragments) {
        assertEquals(2, r.code(), r.toString());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "stderr should contain '" + f + "'\n" + r);
        }
        assertEquals("", r.out(), "nothing on stdout");
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace\n" + r);
    }

    @Test
    void missingScenarioFile() {
        assertBadInput(Cli.run("run", dir.resolve("nowhere.yaml").toString()),
                "Scenario file not found", "nowhere.yaml");
        assertBadInput(Cli.run("trace", dir.resolve("nowhere.yaml").toString(), "--order", "3"),
                "Scenario file not found");
    }

    @Test
    void unknownLeverNamesTheOptionAndTheLevers() throws Exception {
        assertBadInput(Cli.run("run", someFile().toString(), "--lever", "speed=fast"),
                "--lever", "unknown lever 'speed'", Lever.names(), "ordercycle levers");
    }

    @Test
    void aMisspeltLeverGetsASuggestion() throws Exception {
        assertBadInput(Cli.run("run", someFile().toString(), "--lever", "billing-chek=joint"),
                "unknown lever 'billing-chek' (did you mean billing-check?)");
    }

    @Test
    void badLeverSettingNamesTheAllowedSettings() throws Exception {
        assertBadInput(Cli.run("run", someFile().toString(), "--lever", "billing-check=maybe"),
                "--lever", "settings: order-record, shipping-only, shipping-and-sales", "'maybe'");
    }

    @Test
    void unknownPolicyThatIsNotAFile() throws Exception {
        assertBadInput(Cli.run("run", someFile().toString(), "--policy", "balanced"),
                "--policy", "'balanced'", "siloed, joint");
    }

    @Test
    void replicationsBelowOne() throws Exception {
        assertBadInput(Cli.run("run", someFile().toString(), "--replications", "0"),
                "--replications", "at least 1");
        assertBadInput(Cli.run("run", someFile().toString(), "--seed", "abc"), "--seed", "abc");
    }

    @Test
    void ordersNeedAnOutputFolder() throws Exception {
        assertBadInput(Cli.run("run", someFile().toString(), "--orders"), "--orders", "--out");
    }

    @Test
    void aFailedRunLeavesExistingResultsAlone() throws Exception {
        Path out = dir.resolve("results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("kpis.csv"), "good\n");
        Files.writeString(out.resolve("manifest.json"), "{}\n"); // an earlier run's folder, which run may replace
        assertBadInput(Cli.run("run", dir.resolve("nowhere.yaml").toString(), "--out", out.toString()),
                "Scenario file not found");
        assertEquals("good\n", Files.readString(out.resolve("kpis.csv")));
    }

    @Test
    void outThatIsAFileIsRejected() throws Exception {
        Path file = someFile();
        assertBadInput(Cli.run("run", file.toString(), "--out", file.toString()), "--out", "in the way");
    }

    @Test
    void misspelledOptionGetsASuggestion() throws Exception {
        assertBadInput(Cli.run("run", someFile().toString(), "--polcy", "joint"), "--polcy", "--policy");
    }

    @Test
    void traceNeedsAnOrder() throws Exception {
        assertBadInput(Cli.run("trace", someFile().toString()), "--order");
    }

    @Test
    void validateReportsMissingFiles() {
        Cli.Result r = Cli.run("validate", dir.resolve("a.yaml").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("Scenario file not found: " + dir.resolve("a.yaml")), r.toString());
    }

    @Test
    void versionIsPrinted() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("OrderCycle "), r.toString());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : new String[] {"run", "trace", "validate", "levers", "measures", "schema"}) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.code(), command + "\n" + r);
            assertTrue(r.out().contains("Usage: ordercycle " + command), r.toString());
            assertTrue(r.out().contains("Example"), command + " help has examples\n" + r);
            r.out().lines().forEach(line -> assertTrue(line.length() <= 100, "too long: " + line));
        }
        assertTrue(Cli.run("trace", "--help").out().replaceAll("\\s+", " ")
                .contains("comparing --policy siloed and --policy joint on the same order number"));
        assertTrue(Cli.run("run", "--help").out().contains("replication 0 only"));
    }

    @Test
    void leversListsEveryLeverWithEverySetting() {
        Cli.Result r = Cli.run("levers");
        assertEquals(0, r.code());
        for (Lever lever : Lever.values()) {
            assertTrue(r.out().contains(lever.cliName()), lever.cliName());
            for (String setting : lever.settingNames()) {
                assertTrue(r.out().contains(setting), setting);
            }
        }
        r.out().lines().forEach(line -> assertTrue(line.length() <= 100, "too long: " + line));
    }

    @Test
    void measuresExplainsEveryMeasure() {
        Cli.Result r = Cli.run("measures");
        assertEquals(0, r.code());
        for (Measure m : Measure.values()) {
            assertTrue(r.out().contains(m.key()), m.key());
        }
    }
}
