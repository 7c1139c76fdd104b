package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.engine.Streams;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.stats.Measure;
import tech.tablesaw.api.Table;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * Known-answer tests of the factorial effects on synthetic responses, then lever attribution on a
 * short classroom run.
 *
 * <p>Synthetic response: y = b0 + sum_i b_i x_i + b01 x_0 x_1 + e, with x in {-1, +1} and e normal
 * (0, sigma) from a seeded MRG32k3a stream. The effect of factor i (mean at +1 minus mean at -1) is
 * 2 b_i; that of the interaction is 2 b01. In one replication of an orthogonal N-run design, the
 * noise adds to a contrast a normal error of variance 4 sigma^2 / N (Box, Hunter and Hunter 2005,
 * ch. 5); over R replications the mean has standard error 2 sigma / sqrt(N R). The stated
 * tolerance is 4 standard errors (a false failure has probability below 1e-4 per term, and the
 * stream is seeded, so the test is deterministic).
 */
class AttributionTest {
    private static final double SIGMA = 1.0;
    private static final int R = 10;

    @Test
    void fullFactorialRecoversMainEffectsAndTheInteraction() {
        double[] b = {3, -2, 0.5, 0};
        double b01 = 1.5;
        Design d = Design.full(4);
        List<Effects.Term> terms = Effects.estimate(d, names(4), synthetic(d, b, b01, 11), 0.95);
        double tol = tolerance(d);
        for (int i = 0; i < 4; i++) {
            assertEquals(2 * b[i], terms.get(i).estimate().mean(), tol, "main effect of x" + i);
            assertEquals(List.of(), terms.get(i).aliases());
        }
        assertEquals(4 + 6, terms.size(), "4 main effects and 6 clear interactions");
        for (Effects.Term t : terms.subList(4, terms.size())) {
            assertTrue(t.interaction() && t.aliases().isEmpty());
            double expected = t.term().equals("x0:x1") ? 2 * b01 : 0;
            assertEquals(expected, t.estimate().mean(), tol, t.term());
        }
    }

    /** The resolution IV fraction: main effects unbiased despite a strong two-factor interaction. */
    @Test
    void fractionRecoversMainEffectsDespiteTheInteraction() {
        double[] b = {3, -2, 0.5, 0, 1, 0, -1.5, 0, 0.25, 0, 0, 2};
        double b01 = 2.0;
        Design d = Design.fractional(12);
        List<Effects.Term> terms = Effects.estimate(d, names(12), synthetic(d, b, b01, 12), 0.95);
        double tol = tolerance(d);
        for (int i = 0; i < 12; i++) {
            assertEquals("x" + i, terms.get(i).term());
            assertEquals(2 * b[i], terms.get(i).estimate().mean(), tol, "main effect of x" + i);
        }
        assertEquals(12 + 15, terms.size(), "12 main effects and 15 interaction chains");
        Effects.Term ab = terms.get(12);
        assertEquals("x0:x1", ab.term());
        assertEquals(List.of("x2:x5", "x3:x6", "x4:x7", "x8:x11"), ab.aliases());
        assertEquals(2 * b01, ab.estimate().mean(), tol, "the chain holding x0:x1");
        for (Effects.Term t : terms.subList(13, terms.size())) {
            assertEquals(0, t.estimate().mean(), tol, t.term());
        }
    }

    /** Fractional design on a short classroom run, R = 2: shape of the tables, and 1 vs 2 threads. */
    @Test
    void classroomAttributionIsCompleteAndIndependentOfThreads() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/classroom.yaml"),
                Map.of("horizonDays", "60", "warmupDays", "10"));
        AttributionResult one = Attribution.on(s).replications(2).threads(1).run();
        AttributionResult two = Attribution.on(s).replications(2).threads(2).run();
        assertEquals(one.effects(), two.effects());
        assertEquals(one.oneAtATime(), two.oneAtATime());

        assertEquals(32, one.points().size());
        assertEquals(32 + 24, one.runs().size(), "siloed and joint are design points (d00, d31); the 24 switches are not");
        assertEquals(Policy.SILOED.levers(), one.points().get(0).levers());
        assertEquals(Policy.JOINT.levers(), one.points().get(31).levers());
        Table effects = one.effectsTable();
        assertEquals(Experiment.PRIMARY.size() * (12 + 15), effects.rowCount());
        for (Measure m : Experiment.PRIMARY) {
            Table mains = effects.where(effects.stringColumn("measure").isEqualTo(m.key())
                    .and(effects.stringColumn("aliases").isEqualTo(""))
                    .and(effects.stringColumn("term").containsString(":").flip(0, effects.rowCount())));
            assertEquals(12, mains.rowCount(), m.key());
            assertEquals(12, one.ranking(m).size());
        }
        assertEquals(List.of("measure", "term", "aliases", "effect", "ci_low", "ci_high", "significant"),
                effects.columnNames());
        assertEquals(Experiment.PRIMARY.size() * 2 * 12, one.oneAtATimeTable().rowCount());

        // a one-at-a-time difference is the paired difference of the two policies' replications
        Policy switched = Policy.SILOED.with(Lever.SHARED_ENTRY, true);
        double[] a = one.values(Policy.SILOED, "lead_time_mean");
        double[] b = one.values(switched, "lead_time_mean");
        AttributionResult.Switch sw = one.oneAtATime().stream().filter(x -> x.measure() == Measure.LEAD_TIME_MEAN
                && x.base().equals(Policy.SILOED) && x.lever() == Lever.SHARED_ENTRY).findFirst().orElseThrow();
        assertEquals((b[0] - a[0] + b[1] - a[1]) / 2, sw.difference().mean(), 1e-12);
        // the results table holds every run once, with the levers coded -1/+1
        Table results = one.resultsTable();
        assertEquals(List.of(-1, 1), results.intColumn("billing-check").unique().asList().stream().sorted().toList());
    }

    /** Responses {@code [replication][run]} of the synthetic model. */
    private static double[][] synthetic(Design d, double[] b, double b01, long seed) {
        // an MRG32k3a stream of its own package seed: independent of other streams made in this JVM
        RandomStream noise = new Streams(seed, 0, List.of("noise")).get("noise");
        double[][] y = new double[R][d.runs()];
        for (int r = 0; r < R; r++) {
            for (int run = 0; run < d.runs(); run++) {
                double v = 10;
                for (int i = 0; i < b.length; i++) {
                    v += b[i] * d.level(run, i);
                }
                v += b01 * d.level(run, 0) * d.level(run, 1);
                y[r][run] = v + SIGMA * NormalDist.inverseF01(noise.nextDouble());
            }
        }
        return y;
    }

    private static double tolerance(Design d) {
        return 4 * 2 * SIGMA / Math.sqrt((double) d.runs() * R);
    }

    private static List<String> names(int k) {
        List<String> n = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            n.add("x" + i);
        }
        return n;
    }
}
