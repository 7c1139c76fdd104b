package org.ordercycle.model.rules.forecast;

/**
 * Siloed marketing's inflation of its forecast, by anchoring and adjustment on its own experience:
 * its systematic inflation moves from last period's anchor toward {@code inflationMean} plus
 * {@code shortageInflation} x the share of demand it saw backordered, by {@code adjustment} of the
 * gap; a persistent judgement deviation of {@code inflationSd} comes on top. Upward adjustments are
 * the optimistic ones (Fildes, Goodwin, Lawrence and Nikolopoulos 2009).
 */
public record MarketingJudgement(double inflationMean, double inflationSd, double shortageInflation,
                                 double adjustment) {

    /** The systematic inflation this period (the next period's anchor). */
    public double anchor(PlanningView v) {
        double target = inflationMean + shortageInflation * v.shortage();
        double previous = Double.isNaN(v.anchor()) ? inflationMean : v.anchor();
        return previous + adjustment * (target - previous);
    }

    /** The inflation applied this period: the anchor plus the judgement deviation, never below -0.99. */
    public double inflation(double anchor, PlanningView v) {
        return Math.max(-0.99, anchor + inflationSd * v.judgement());
    }
}
