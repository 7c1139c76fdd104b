package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.experiment.Design;
import org.ordercycle.experiment.Warmup;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The cost estimate ({@link RunEstimate}) and the {@code --force} check of run, compare, sweep and attribute. */
class ForceTest {
    /** Leads per day of the classroom scenario: retailers 3 + shops 9. */
    private static final double CLASSROOM_LEADS = 12;

    @TempDir
    Path dir;

    /** The classroom scenario simulated for a century. */
    private Path century() throws Exception {
        Path file = dir.resolve("century.yaml");
        String text = Files.readString(Path.of("scenarios/classroom.yaml"));
        assertTrue(text.contains("horizonDays: 365 "), "the classroom scenario still has a one-year horizon");
        Files.writeString(file, text.replace("horizonDays: 365 ", "horizonDays: 36500 "));
        return file;
    }

    @Test
    void theEstimateCountsLeadsDaysReplicationsAndPolicies() throws Exception {
        Scenario s = ScenarioLoader.load(century());
        // 12 leads/day x (30 warm-up + 36,500 days) x 1,000 replications x 2 policies = 876,720,000
        RunEstimate e = RunEstimate.none(2).plus(s, 2000, 2);
        assertEquals(CLASSROOM_LEADS * 36_530 * 2000, e.orders(), 1e-6);
        assertEquals(e.orders() / (RunEstimate.ORDERS_PER_SECOND * 2), e.seconds(), 1e-9);
        assertTrue(e.tooLong(), e.describe());
        assertTrue(e.describe().contains("876,720,000 simulated orders"), e.describe());
        // one run cannot use more than one thread
        RunEstimate single = RunEstimate.none(8).plus(s, 1, 1);
        assertEquals(CLASSROOM_LEADS * 36_530 / RunEstimate.ORDERS_PER_SECOND, single.seconds(), 1e-9);
        // a year of the classroom is far below the limit
        assertTrue(!RunEstimate.none(1).plus(ScenarioLoader.load(Path.of("scenarios/classroom.yaml")), 30, 1)
                .tooLong());
    }

    @Test
    void anAutomaticWarmupCountsHalfTheHorizonAndThePilotRuns() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/classroom.yaml")).withWarmup(Double.NaN);
        RunEstimate e = RunEstimate.none(1).plus(s, 10, 2);
        assertEquals(10 + 2 * Warmup.PILOTS, e.runs());
        assertEquals(CLASSROOM_LEADS * (365 * 1.5 * 10 + 365.0 * 2 * Warmup.PILOTS), e.orders(), 1e-6);
    }

    @Test
    void forceLetsTheCheckPass() throws Exception {
        CommandLine cli = new CommandLine(new Main());
        RunEstimate e = RunEstimate.none(1).plus(ScenarioLoader.load(century()), 1000, 1);
        ParameterException refused = assertThrows(ParameterException.class, () -> e.check(cli, false));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
        assertDoesNotThrow(() -> e.check(cli, true));
    }

    @Test
    void runCompareSweepAndAttributeRefuseACenturyOfAThousandReplications() throws Exception {
        String file = century().toString();
        String[][] commands = {
            {"run", file, "--replications", "1000", "--threads", "2"},
            {"compare", file, "--replications", "1000", "--threads", "2"},
            {"sweep", file, "--param", "steps.planning.inflationMean=0,0.2", "--replications", "1000",
                "--threads", "2"},
            {"attribute", file, "--replications", "1000", "--threads", "2"},
        };
        for (String[] args : commands) {
            long start = System.nanoTime();
            Cli.Result r = Cli.run(args);
            assertEquals(Main.BAD_INPUT, r.code(), args[0] + ": " + r);
            assertTrue(r.err().contains("simulated orders") && r.err().contains("orders per second per thread")
                    && r.err().contains("--force"), args[0] + ": " + r.err());
            assertTrue(r.err().matches("(?s).*about [0-9.,]+ (minutes|hours|days) on.*"), args[0] + ": " + r.err());
            assertTrue(System.nanoTime() - start < 10_000_000_000L, args[0] + " refused before simulating");
        }
        Cli.Result run = Cli.run("run", file, "--replications", "1000", "--threads", "1");
        // 12 x 36,530 x 1,000 = 438,360,000 orders at 290,000 per second on one thread: 1,512 s, about 25 minutes
        assertTrue(run.err().contains("about 438,360,000 simulated orders in 1,000 runs, about 25 minutes on 1 thread"),
                run.err());
    }

    @Test
    void aSmallRunWithForceRunsAsUsual() {
        Cli.Result r = Cli.run("run", "scenarios/classroom.yaml", "--force", "--json");
        assertEquals(0, r.code(), r.toString());
    }

    @Test
    void attributionCountsEachDistinctPolicyOnce() {
        int fractional = AttributeCommand.policiesRun(Design.fractional(12));
        // 32 design points, siloed, joint and 24 one-lever switches, less those that coincide
        assertTrue(fractional > 32 && fractional <= 58, fractional + " policies");
        assertEquals(4096, AttributeCommand.policiesRun(Design.full(12)));
    }
}
