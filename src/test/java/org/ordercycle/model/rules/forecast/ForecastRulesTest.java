package org.ordercycle.model.rules.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each planning rule on a hand-made view; the arithmetic is in the comments. */
class ForecastRulesTest {
    private static final double[] NONE = {};

    private static PlanningView view(double[] demand, double[] forecast, double[] pipelines, double pipeline,
                                     double anchor, double shortage, double judgement) {
        return new PlanningView(demand, forecast, pipelines, pipeline, 1, anchor, shortage, judgement);
    }

    private static ForecastParams params(Smoother smoother, double shortageInflation) {
        return new ForecastParams(smoother, 0.2, 0.1, shortageInflation, 0.5, 0.15, 0.5, 2);
    }

    @Test
    void movingAverageTakesTheLastPeriods() {
        // (30 + 40 + 50) / 3 = 40; two periods only: (10 + 20) / 2 = 15; none: the fallback
        assertEquals(40, new MovingAverage(3).level(new double[] {10, 20, 30, 40, 50}, -1), 1e-12);
        assertEquals(15, new MovingAverage(3).level(new double[] {10, 20}, -1), 1e-12);
        assertEquals(-1, new MovingAverage(3).level(NONE, -1), 1e-12);
    }

    @Test
    void exponentialSmoothingWeighsTheNewestByAlpha() {
        // 10 -> 10 + 0.5 (20 - 10) = 15 -> 15 + 0.5 (40 - 15) = 27.5
        assertEquals(27.5, new ExponentialSmoothing(0.5).level(new double[] {10, 20, 40}, -1), 1e-12);
        assertEquals(7, new ExponentialSmoothing(0.5).level(NONE, 7), 1e-12);
        assertInstanceOf(ExponentialSmoothing.class, Smoother.of("exponentialSmoothing", 4, 0.3));
    }

    @Test
    void anUnusuallyFullPipelineRaisesTheForecast() {
        // level (100 + 110) / 2 = 105; usual pipeline (20 + 30) / 2 = 25, now 45:
        // 105 + conversion 0.5 x (45 - 25) = 115
        PlanningView v = new PlanningView(new double[] {100, 110}, new double[] {0, 0}, new double[] {20, 30}, 45,
                0.5, Double.NaN, 0, 0);
        assertEquals(115, new StatisticalForecast(new MovingAverage(2)).base(v), 1e-12);
        // before any history: the pipeline alone, 0.5 x 45
        PlanningView first = new PlanningView(NONE, NONE, NONE, 45, 0.5, Double.NaN, 0, 0);
        assertEquals(22.5, new StatisticalForecast(new MovingAverage(2)).base(first), 1e-12);
    }

    @Test
    void aReasonSaysWhenNoDemandHasBeenSeenYet() {
        PlanningView first = new PlanningView(NONE, NONE, NONE, 0, 1, Double.NaN, 0, 0);
        String siloed = new InflateAndDiscount(new StatisticalForecast(new MovingAverage(2)),
                new MarketingJudgement(0.2, 0.1, 0.5, 0.5), 0.2).decide(first).reason().get();
        assertTrue(siloed.contains("0.0 units (no demand seen yet: the base is the open leads, 0.0 units)"), siloed);
        PlanningView later = new PlanningView(new double[] {100}, new double[] {100}, new double[] {0}, 0, 1, 0, 0, 0);
        String joint = new Consensus(new StatisticalForecast(new MovingAverage(2))).decide(later).reason().get();
        assertTrue(joint.startsWith("one shared forecast of 100.0 units from history") && !joint.contains("no demand"),
                joint);
    }

    @Test
    void inflateAndDiscountAppliesBothBiases() {
        // base 100 (pipeline at its usual level); anchor starts at inflationMean 0.2 and stays
        // (no shortage); judgement +1 adds 0.1: forecast 100 x 1.3 = 130; plan 130 x 0.85 = 110.5;
        // production's implied estimate 0.15 / 0.85
        PlanningView v = view(new double[] {100}, new double[] {Double.NaN}, new double[] {0}, 0, Double.NaN, 0, 1);
        PlanningDecision d = ForecastRules.of(ForecastRules.INFLATE_AND_DISCOUNT, params(new MovingAverage(4), 0))
                .decide(v);
        assertEquals(100, d.base(), 1e-12);
        assertEquals(0.2, d.anchor(), 1e-12);
        assertEquals(0.3, d.inflation(), 1e-12);
        assertEquals(130, d.forecast(), 1e-9);
        assertEquals(110.5, d.plan(), 1e-9);
        assertEquals(0.15 / 0.85, d.estimate(), 1e-12);
        assertTrue(d.reason().get().contains("30%"), d.reason().get());
    }

    @Test
    void marketingInflatesMoreAfterAShortage() {
        // last anchor 0.2; 40% of demand backordered: target 0.2 + 0.5 x 0.4 = 0.4;
        // it closes half the gap: 0.2 + 0.5 x (0.4 - 0.2) = 0.3; next period, no shortage, anchored
        // at 0.3: back toward 0.2 by half, 0.25
        MarketingJudgement m = new MarketingJudgement(0.2, 0.1, 0.5, 0.5);
        PlanningView shortage = view(NONE, NONE, NONE, 0, 0.2, 0.4, 0);
        assertEquals(0.3, m.anchor(shortage), 1e-12);
        assertEquals(0.25, m.anchor(view(NONE, NONE, NONE, 0, 0.3, 0, 0)), 1e-12);
        // the judgement deviation comes on top: 0.3 + 0.1 x (-2) = 0.1
        assertEquals(0.1, m.inflation(0.3, view(NONE, NONE, NONE, 0, 0.2, 0.4, -2)), 1e-12);
    }

    @Test
    void adaptiveProductionLearnsAConstantInflationWithALag() {
        // marketing inflates by 25% every period: forecasts 125, demand 100. With a lag of 2 periods
        // production knows n - 2 of them. Its prior is 0.15 / 0.85 = 0.17647 (its rule of thumb).
        // Smoothing forecasts and demand with rate 0.5 from the pseudo-period (1.17647 x 100, 100):
        // after k known periods the estimate is 0.25 - (0.25 - 0.17647) x 0.5^k.
        AdaptiveDiscount rule = (AdaptiveDiscount) ForecastRules.of(ForecastRules.ADAPTIVE,
                params(new MovingAverage(4), 0));
        double prior = 0.15 / 0.85;
        for (int n = 0; n <= 12; n++) {
            double[] f = new double[n];
            double[] d = new double[n];
            java.util.Arrays.fill(f, 125);
            java.util.Arrays.fill(d, 100);
            int known = Math.max(0, n - 2);
            double expected = 0.25 - (0.25 - prior) * Math.pow(0.5, known);
            assertEquals(known == 0 ? prior : expected, rule.estimate(f, d), 1e-12, "after " + n + " periods");
        }
        // the plan then undoes the inflation it believes: forecast / (1 + estimate)
        double[] f = new double[20];
        double[] d = new double[20];
        java.util.Arrays.fill(f, 125);
        java.util.Arrays.fill(d, 100);
        PlanningDecision dec = rule.decide(new PlanningView(d, f, new double[20], 0, 1, 0.2, 0, 0));
        assertEquals(dec.forecast() / (1 + dec.estimate()), dec.plan(), 1e-9);
        assertEquals(0.25, dec.estimate(), 1e-5);
    }

    @Test
    void consensusPlansItsForecastAsItIs() {
        // base (90 + 110) / 2 = 100, usual pipeline 10, now 16: 100 + 6 = 106; no inflation, no discount
        PlanningRule rule = ForecastRules.of(ForecastRules.CONSENSUS, params(new MovingAverage(2), 0.5));
        PlanningDecision d = rule.decide(view(new double[] {90, 110}, new double[] {95, 95}, new double[] {10, 10},
                16, 0.4, 0.9, 2));
        assertEquals(106, d.forecast(), 1e-12);
        assertEquals(106, d.plan(), 1e-12);
        assertEquals(0, d.inflation());
        assertEquals(0, d.estimate());
        assertTrue(rule.pooled());
        assertTrue(!ForecastRules.of(ForecastRules.INFLATE_AND_DISCOUNT, params(new MovingAverage(2), 0)).pooled());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ForecastRules.of("adaptativ", params(new MovingAverage(2), 0)));
        assertTrue(e.getMessage().contains("inflate-and-discount, adaptive, consensus"), e.getMessage());
    }
}
