package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input reaches the user as plain lines naming the file, the field path and the line or the
 * allowed values, with exit code 2, from {@code validate} and {@code run} alike: never an
 * "Internal error" or a stack trace.
 */
class BadInputTest {
    /** The shortest scenario that runs: a 20-day horizon keeps {@code run} quick when a bad file is accepted. */
    private static final String SCENARIO = """
            name: small
            horizonDays: 20
            warmupDays: 0
            products:
              - {id: pump, line: assembly, listPrice: 1200, unitCost: 700, ratePerHour: 4, strategy: makeToStock}
            lines:
              - id: assembly
            segments:
              - id: retail
                leadsPerDay: 6
                orderSize: {dist: gamma, mean: 3, sd: 2}
                productMix: {pump: 1}
                requestedLeadTime: 7
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** validate and run both refuse {@code file} with exit code 2 and plain messages holding every fragment. */
    private static void refusedByValidateAndRun(Path file, String... fragments) {
        for (String command : new String[] {"validate", "run"}) {
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(command, file.toString()));
            assertEquals(2, r.code(), command + ": " + r);
            for (String f : fragments) {
                assertTrue(r.err().contains(f), command + ": stderr should contain '" + f + "'\n" + r);
            }
            assertFalse(r.err().contains("Internal error"), command + ": " + r);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), command + ": stack trace\n" + r);
        }
    }

    @Test
    void theSmallScenarioIsAccepted() throws IOException {
        Path file = write("small.yaml", SCENARIO);
        assertEquals(0, Cli.run("validate", file.toString()).code());
    }

    @Test
    void anEndlessDeviceStopsAtTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        refusedByValidateAndRun(zero, "/dev/zero is larger than 4 MB");
    }

    @Test
    void aPolicyFromAnEndlessDeviceStopsAtTheSizeLimit() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        Path file = write("small.yaml", SCENARIO);
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Cli.run("run", file.toString(), "--policy", zero.toString()));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("/dev/zero is larger than 4 MB"), r.toString());
        assertFalse(r.err().contains("Internal error") || r.err().contains("Exception"), r.toString());
    }

    @Test
    void aPipeIsReadByValidateAsByRun() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        for (String command : new String[] {"validate", "run"}) {
            // the shell's <(cat small.yaml) is such a pipe: read once, with no size known in advance
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    Files.writeString(fifo, SCENARIO);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(command, fifo.toString()));
            writer.get();
            assertEquals(0, r.code(), command + ": " + r);
        }
    }

    @Test
    void aBinaryTagNamesTheFieldAndLine() throws IOException {
        Path file = write("binary.yaml", SCENARIO.replace("horizonDays: 20", "horizonDays: !!binary aGVsbG8="));
        refusedByValidateAndRun(file, "binary.yaml:2:14 horizonDays has the YAML tag !!binary");
    }

    @Test
    void tagsInsideListsMappingsAndDistributionsNameTheirPaths() throws IOException {
        Path file = write("tags.yaml", SCENARIO.replace("productMix: {pump: 1}", "productMix: !!set {pump}")
                .replace("mean: 3, sd: 2", "mean: !foo 3, sd: 2").replace("  - id: assembly", "  - !!timestamp 2001-12-14"));
        refusedByValidateAndRun(file, "tags.yaml:7:5 lines[0] has the YAML tag !!timestamp",
                "segments[0].orderSize.mean has the YAML tag !foo", "segments[0].productMix has the YAML tag !!set");
    }

    @Test
    void aGammaTheSamplerCannotUseIsRefusedBeforeRunning() throws IOException {
        // found by fuzzing: validate accepted sd: 1e155, then run stopped with "Internal error: alpha <= 0"
        Path file = write("gamma.yaml", SCENARIO.replace("sd: 2}", "sd: 1e155}"));
        refusedByValidateAndRun(file, "gamma.yaml:11:43 segments[0].orderSize.sd gives a gamma distribution that "
                + "cannot be computed: its shape (mean/sd)^2 is 0");
    }

    @Test
    void nestingTooDeepSaysSoInPlainWords() throws IOException {
        Path file = write("deep.yaml", SCENARIO + "description: " + "[".repeat(1100) + "]".repeat(1100) + "\n");
        refusedByValidateAndRun(file, "deep.yaml:14:", "the file is nested deeper than 1000 levels at line 14");
    }

    @Test
    void aByteThatIsNotUtf8IsNamedByItsOffsetAndLine() throws IOException {
        byte[] text = SCENARIO.replace("name: small", "name: sm\u00e4ll").getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, text);
        // "name: sm" is 8 bytes: the Latin-1 a-umlaut 0xE4 is byte 8 (from 0), on line 1
        refusedByValidateAndRun(file, "latin1.yaml:1:9 is not UTF-8 text: the byte at offset 8 (0xE4, line 1)");
    }

    @Test
    void anEmptyFieldNameIsNamedWithItsPathAndLine() throws IOException {
        Path file = write("empty-key.yaml", SCENARIO.replace("    leadsPerDay: 6", "    leadsPerDay: 6\n    '': 1"));
        refusedByValidateAndRun(file, "empty-key.yaml:11:5 segments[0] has an empty field name, line 11");
    }

    @Test
    void aNumberTaggedAsTextSaysWhatIsWrong() throws IOException {
        Path file = write("str.yaml", SCENARIO.replace("horizonDays: 20", "horizonDays: !!str 20"));
        refusedByValidateAndRun(file, "str.yaml:2:14 horizonDays must be a number, was 20 marked as text by the tag "
                + "!!str: remove the tag");
    }

    @Test
    void aFractionInAWholeNumberFieldNamesTheNearestAllowedValues() throws IOException {
        Path file = write("fraction.yaml", SCENARIO + "calendar: {daysPerWeek: 6.5}\n");
        refusedByValidateAndRun(file, "fraction.yaml:14:25 calendar.daysPerWeek must be a whole number, was 6.5: "
                + "use 6 or 7");
        // at the edge of the range only the allowed neighbour is offered
        Path edge = write("edge.yaml", SCENARIO + "calendar: {daysPerWeek: 7.5}\n");
        refusedByValidateAndRun(edge, "must be a whole number, was 7.5: use 7");
    }

    @Test
    void aFractionalHorizonIsShownAsWritten() throws IOException {
        Path file = write("half.yaml", SCENARIO.replace("horizonDays: 20", "horizonDays: 20.5"));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("20.5 days after a 0-day warm-up"), r.toString());
    }
}
