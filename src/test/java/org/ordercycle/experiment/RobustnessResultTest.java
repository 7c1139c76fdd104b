package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Assumption;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/** Verdicts, shares and rank correlations of a robustness run, on results made by hand. */
class RobustnessResultTest {
    private static final Robustness.Conclusion FASTER = Robustness.HEADLINES.get(0);

    /**
     * Point i has assumption x = i; joint's lead time minus siloed's is (i - 2) + e_r with
     * e = (-0.1, 0, +0.1) over three replications: the interval at i is (i - 2) ± t(2) 0.1 / sqrt(3)
     * = (i - 2) ± 0.25. So points 0 and 1 hold (joint faster), 2 is unclear, 3 and 4 are reversed.
     */
    private static RobustnessResult fiveLinearPoints() {
        List<SweepResult.Point> points = new ArrayList<>();
        List<ReplicationResult> results = new ArrayList<>();
        Map<String, Warmup.Choice> warmups = new LinkedHashMap<>();
        double[] noise = {-0.1, 0, 0.1};
        for (int i = 0; i < 5; i++) {
            String id = "p" + i;
            points.add(new SweepResult.Point(id, Map.of("x", String.valueOf(i))));
            warmups.put(id, new Warmup.Choice(0, "fixed"));
            for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
                for (int r = 0; r < 3; r++) {
                    double lead = 10 + (p == Policy.JOINT ? (i - 2) + noise[r] : 0);
                    results.add(new ReplicationResult("s", p.name(), 1, r,
                            Map.of(Measure.LEAD_TIME_MEAN.key(), lead), List.of(), 0, 0));
                }
            }
        }
        SweepResult sweep = new SweepResult("s", "EUR", List.of("x"), points, List.of(Policy.SILOED, Policy.JOINT), 3,
                results, warmups, 0.95);
        return new RobustnessResult(sweep, List.of(new Assumption("x", 0, 4, "test")));
    }

    @Test
    void verdictFollowsTheIntervalOfThePairedDifference() {
        RobustnessResult r = fiveLinearPoints();
        assertEquals(List.of("holds", "holds", "unclear", "reversed", "reversed"),
                r.sweep().points().stream().map(p -> r.verdict(p.id(), FASTER).name()).toList());
    }

    @Test
    void summaryCountsVerdictsAndFindsTheDrivingAssumption() {
        RobustnessResult.Summary s = fiveLinearPoints().summary(FASTER);
        assertEquals(5, s.points());
        assertEquals(2, s.holds());
        assertEquals(1, s.unclear());
        assertEquals(2, s.reversed());
        assertEquals(0.4, s.share(), 1e-12);
        assertEquals("x", s.strongestAssumption());
        assertEquals(1.0, s.rankCorrelation(), 1e-12, "the mean difference rises with x, rank for rank");
    }

    @Test
    void wilsonIntervalMatchesItsClosedForm() {
        // 0 of n: [0, z^2 / (n + z^2)]; with z = 1.96, n = 8: 3.8415 / 11.8415 = 0.3244
        double[] none = RobustnessResult.wilson(0, 8);
        assertEquals(0, none[0], 1e-12);
        assertEquals(0.3244, none[1], 1e-4);
        // 2 of 5: centre (0.4 + 0.3841) / 1.7683 = 0.4435, half 1.96 sqrt(0.048 + 0.0384) / 1.7683 = 0.3258
        double[] two = RobustnessResult.wilson(2, 5);
        assertEquals(0.1176, two[0], 1e-4);
        assertEquals(0.7693, two[1], 1e-4);
    }
}
