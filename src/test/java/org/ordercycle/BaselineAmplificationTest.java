package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.RunResult;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Amplification;
import org.ordercycle.stats.Measure;

/**
 * The baseline's siloed production orders, summed by quarter as Bray and Mendelson (2012,
 * Management Science 58(5)) measure them, amplify demand variability near their median firm.
 */
class BaselineAmplificationTest {
    /** Bray & Mendelson's median firm: production variance 6.7% above demand variance, quarterly data. */
    static final double MEDIAN_FIRM = 1.067;

    /**
     * Two years measured after the 60-day warm-up (60 + 8 x 91 = 788 days: the 8 quarters the
     * measure needs), 5 replications of the siloed preset. Expected value: 30 replications at seed
     * 1 gave a mean of 1.21 ± 0.06 (docs/calib.md). Tolerance 0.40 around the median firm: the
     * model's remaining gap (1.21 - 1.067 = 0.14) plus four standard errors of a 5-replication
     * mean (one replication's ratio over 8 quarters has an sd near 0.15, a 5-replication mean 0.066).
     * Weekly orders of the same runs amplify about 2: the test would fail if the quarterly measure
     * were the weekly one.
     */
    @Tag("slow")
    @Test
    void siloedQuarterlyAmplificationIsNearTheMedianFirm() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), Map.of("horizonDays", "790"));
        assertEquals(8, (int) ((s.horizonDays() - s.warmupDays()) / Amplification.QUARTER_DAYS));
        RunResult r = Simulation.run(s, Policy.SILOED, 1, 5, 2);
        double[] quarterly = r.replications().stream().mapToDouble(x -> x.value(Measure.QUARTERLY_AMPLIFICATION))
                .toArray();
        assertTrue(Arrays.stream(quarterly).allMatch(Double::isFinite), Arrays.toString(quarterly));
        double mean = Arrays.stream(quarterly).average().orElseThrow();
        assertEquals(MEDIAN_FIRM, mean, 0.40, "quarterly amplification " + Arrays.toString(quarterly));
    }
}
