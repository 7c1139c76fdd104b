package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;
import umontreal.ssj.randvar.NormalGen;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Nominal 95% intervals of {@link Estimate} cover a known mean in about 95% of independent
 * macro-replications. With M macro-replications the number that cover is binomial(M, 0.95), so
 * the share must lie within 0.95 +- 3 sqrt(0.95 x 0.05 / M) (a three-sigma band: a correct
 * interval fails it with probability about 0.003).
 */
class CoverageTest {
    private static final double LEVEL = 0.95;

    private static double tolerance(int macro) {
        return 3 * Math.sqrt(LEVEL * (1 - LEVEL) / macro);
    }

    /**
     * Exact case: for normal observations the Student t interval has coverage exactly 0.95 for
     * any n (Student 1908). 10,000 samples of 5 draws from N(10, 2^2) on an MRG32k3a stream:
     * tolerance 0.0065.
     */
    @Test
    void tIntervalsCoverTheMeanOfNormalDraws() {
        int macro = 10_000;
        NormalGen gen = new NormalGen(new MRG32k3a(), 10, 2);
        int covered = 0;
        for (int m = 0; m < macro; m++) {
            double[] x = new double[5];
            for (int i = 0; i < x.length; i++) {
                x[i] = gen.nextDouble();
            }
            Estimate e = Estimate.of(x, LEVEL);
            if (e.low() <= 10 && 10 <= e.high()) {
                covered++;
            }
        }
        double share = covered / (double) macro;
        System.out.printf("t intervals of 5 normal draws: %d of %d cover the mean%n", covered, macro);
        assertEquals(LEVEL, share, tolerance(macro), "coverage of " + macro + " t intervals");
    }

    /**
     * The simulation itself: the M/M/1 order-entry scenario of {@link TestScenarios#MM1}, whose
     * mean lead time is the M/M/1 sojourn time 1 / (mu - lambda) = 1/30 day (e.g. Kleinrock 1975,
     * Queueing Systems I, ch. 3). 100 macro-replications of 5 replications each (about 600
     * orders per replication; substreams 0..499, so macro-replications are independent). The
     * replication means are nearly normal (CLT over hundreds of orders; their sd is about 13% of
     * the mean) and their bias, from the start after a warm-up ten times the relaxation time and
     * from the few orders still queued at the end, is well below 1% of the mean (the pooled mean
     * below checks it to 3%), small against the interval half-width of about 16%: the coverage
     * must be 0.95 within the binomial band 0.95 +- 0.065. Measured when this test was written:
     * 96 of 100, pooled mean 0.0335.
     */
    @Test
    void intervalsOfTheSimulatedMeanLeadTimeCoverTheMM1Value() throws Exception {
        Scenario mm1 = TestScenarios.mm1();
        double truth = 1 / (TestScenarios.MU - TestScenarios.LAMBDA);
        int macro = 100;
        int perMacro = 5;
        List<RunSpec> specs = new ArrayList<>();
        for (int r = 0; r < macro * perMacro; r++) {
            specs.add(new RunSpec("coverage", mm1, TestScenarios.entryOnly(Policy.JOINT), 7, r));
        }
        List<ReplicationResult> results = new Runner(2, Progress.NONE, null).run("coverage", specs);

        int covered = 0;
        double pooled = 0;
        for (int m = 0; m < macro; m++) {
            double[] x = new double[perMacro];
            for (int i = 0; i < perMacro; i++) {
                x[i] = results.get(m * perMacro + i).value(Measure.LEAD_TIME_MEAN);
                pooled += x[i] / (macro * perMacro);
            }
            Estimate e = Estimate.of(x, LEVEL);
            if (e.low() <= truth && truth <= e.high()) {
                covered++;
            }
        }
        // the pooled mean of 500 replications has a standard error of about 0.6% of the mean
        assertEquals(truth, pooled, 0.03 * truth, "pooled mean lead time against 1/(mu - lambda)");
        double share = covered / (double) macro;
        System.out.printf("M/M/1 coverage: %d of %d intervals cover 1/30 day; pooled mean %.5f%n", covered, macro,
                pooled);
        assertTrue(Math.abs(share - LEVEL) <= tolerance(macro),
                "coverage " + share + " outside 0.95 +- " + tolerance(macro));
    }
}
