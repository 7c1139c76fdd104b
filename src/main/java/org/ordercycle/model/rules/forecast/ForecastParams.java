package org.ordercycle.model.rules.forecast;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the planning rules (see {@link Steps.Planning} for their meaning and sources).
 */
public record ForecastParams(Smoother smoother, double inflationMean, double inflationSd, double shortageInflation,
                             double inflationAdjustment, double productionDiscount, double learningRate,
                             int learningLagPeriods) {

    /** The parameters a scenario's planning step gives. */
    public static ForecastParams of(Steps.Planning p) {
        return new ForecastParams(Smoother.of(p.forecast().name(), p.movingAveragePeriods(), p.smoothingAlpha()),
                p.inflationMean(), p.inflationSd(), p.shortageInflation(), p.inflationAdjustment(),
                p.productionDiscount(), p.learningRate(), p.learningLagPeriods());
    }
}
