package org.ordercycle.verify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.ordercycle.cli.Main;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * The engine against closed forms, in two tiers. The fast tier (CI) runs every check with 10
 * replications per scenario, still with the 99% rule, in well under a minute on two cores; the
 * slow tier ({@code -Dgroups=slow}) runs 100. Both use a fixed seed, so they are deterministic;
 * with other seeds each stochastic check has a 1% false-alarm rate by construction. The closed
 * forms themselves are checked against values computed by hand or taken from tables.
 */
class VerificationTest {
    private static final long SEED = 1;

    @Test
    void everyCheckPassesFastTier() throws ScenarioException {
        assertAllPass(Verification.runAll(SEED, 10, 2));
    }

    @Test
    @Tag("slow")
    void everyCheckPassesSlowTier() throws ScenarioException {
        assertAllPass(Verification.runAll(SEED, 100, Runtime.getRuntime().availableProcessors()));
    }

    private static void assertAllPass(List<Check> checks) {
        // 3 queueing checks, Little at 7 + 7 departments (marketing meets under joint planning) and 2 companies,
        // 3 base-stock, 1 bullwhip
        assertEquals(23, checks.size(), () -> checks.stream().map(Check::name).collect(Collectors.joining("\n")));
        assertAll(checks.stream().map(c -> (Executable) () -> assertTrue(c.passed(),
                () -> c.name() + ": theory " + c.theory() + ", simulation " + c.estimate().mean() + " ["
                        + c.estimate().low() + ", " + c.estimate().high() + "]")));
    }

    @Test
    void erlangCMatchesHandComputation() {
        // C(3, 2.4) = (2.4^3/3!/(1 - 0.8)) / (1 + 2.4 + 2.4^2/2 + 2.4^3/3!/(1 - 0.8)) = 11.52 / 17.80
        assertEquals(11.52 / 17.80, Theory.erlangC(3, 2.4), 1e-12);
        // M/M/1: C(1, rho) = rho, Wq = rho / (mu - lambda)
        assertEquals(0.8, Theory.erlangC(1, 0.8), 1e-12);
        assertEquals(0.8 / (1 - 0.8), Theory.mmcWait(0.8, 1, 1), 1e-12);
        // the scenario's value: lambda = 57.6/day, mu = 24/day, c = 3
        assertEquals(0.0449438, Theory.mmcWait(57.6, 24, 3), 1e-7);
        assertThrows(IllegalArgumentException.class, () -> Theory.erlangC(2, 2.0));
    }

    @Test
    void pollaczekKhinchineMatchesMm1AndMd1() {
        // exponential service (E[S^2] = 2/mu^2) gives the M/M/1 value rho/(mu - lambda)
        assertEquals(Theory.mmcWait(0.7, 1, 1), Theory.pollaczekKhinchine(0.7, 1, 2), 1e-12);
        // deterministic service halves it
        assertEquals(Theory.mmcWait(0.7, 1, 1) / 2, Theory.pollaczekKhinchine(0.7, 1, 1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Theory.pollaczekKhinchine(1.2, 1, 1));
    }

    @Test
    void compoundPoissonReducesToPoissonAndMatchesNormalTables() {
        // unit sizes: P(Poisson(4) <= 2) = e^-4 (1 + 4 + 8) = 0.238103 (tables)
        assertEquals(13 * Math.exp(-4), Theory.compoundPoissonCdf(4, Map.of(1, 1.0), 2), 1e-12);
        // sizes 1 or 2 with probability 1/2: P(D = 0) = e^-2, P(D = 1) = 2 x 0.5 e^-2 = e^-2
        assertEquals(2 * Math.exp(-2), Theory.compoundPoissonCdf(2, Map.of(1, 0.5, 2, 0.5), 1), 1e-12);
        assertEquals(1.0, Theory.compoundPoissonCdf(3, Map.of(1, 1.0), 200), 1e-12);
        assertEquals(0.95002, Theory.normalCdf(1.645), 1e-5);
        assertEquals(0.5, Theory.normalCdf(0), 1e-15);
    }

    @Test
    void chenBoundAsPublished() {
        // Chen et al. (2000): 1 + 2L/p + 2L^2/p^2; L = 2, p = 4 gives 2.5; L = 1, p = 1 gives 5
        assertEquals(2.5, Theory.chenBound(2, 4), 1e-12);
        assertEquals(5.0, Theory.chenBound(1, 1), 1e-12);
    }

    @Test
    void everyValidationScenarioLoadsStartsWithItsSchemaAndIsUsed() throws IOException, ScenarioException {
        Set<String> used = Verification.CASES.stream().map(TheoryCheck::file).collect(Collectors.toSet());
        List<Path> files;
        try (Stream<Path> s = Files.list(Verification.DEFAULT_DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(used, files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                "every validation scenario belongs to a check, and every check has its scenario");
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.startsWith("# yaml-language-server: $schema=../../schema/scenario.schema.json\n"), file
                    + " starts with its schema line");
            assertTrue(text.contains("Source") && text.contains("Expected"), file
                    + " states the expected value and its source");
            ScenarioLoader.load(file);
        }
    }

    @Test
    void aScenarioThatIsNotTheTheorysSetUpIsRefused() throws ScenarioException {
        Scenario seasonal = ScenarioLoader.load(Verification.DEFAULT_DIR.resolve("mmc-sales.yaml"),
                Map.of("segments[0].seasonalityAmplitude", "0.2"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new QueueWait("mmc-sales.yaml").evaluate(seasonal, Map.of()));
        assertTrue(e.getMessage().contains("stationary"), e.getMessage());
        Scenario noisy = ScenarioLoader.load(Verification.DEFAULT_DIR.resolve("base-stock.yaml"),
                Map.of("steps.planning.replenishmentPeriods", "1")); // not a base-stock policy
        assertThrows(IllegalStateException.class, () -> new BaseStockService("base-stock.yaml").evaluate(noisy, Map.of()));
    }

    @Test
    void commandLinePrintsTheTableAndItsExitCodeFollowsTheVerdicts() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // two replications: the cheapest run of the whole table; with t(1) = 63.7 the company's
        // Little interval is far wider than its +-3% tolerance, so those two checks fail
        int code = Main.execute(new String[] {"verify", "--replications", "2", "--threads", "2"},
                new PrintWriter(out), new PrintWriter(err));
        String text = out.toString();
        assertTrue(text.contains("M/M/3 wait in queue at sales") && text.contains("Sources:"), text);
        assertTrue(text.matches("(?s).*\\n\\d+ of 23 checks passed.*"), text);
        boolean allPassed = text.contains("23 of 23 checks passed");
        assertEquals(allPassed ? 0 : 1, code, text + err);
        assertEquals(!allPassed, text.contains("FAIL"), text);
        assertEquals(1, code, "two replications cannot hold the company's Little check within +-3%: " + text);
        int bad = Main.execute(new String[] {"verify", "--replications", "1"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(Main.BAD_INPUT, bad);
        StringWriter helpOut = new StringWriter();
        StringWriter helpErr = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"verify", "--help"}, new PrintWriter(helpOut),
                new PrintWriter(helpErr)));
        assertTrue(helpOut.toString().contains("99% confidence interval"), helpOut.toString());
        assertEquals("", helpErr.toString(), "no picocli formatting warnings");
    }
}
