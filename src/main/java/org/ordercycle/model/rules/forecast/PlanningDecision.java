package org.ordercycle.model.rules.forecast;

import java.util.function.Supplier;

/**
 * One period's forecast and plan for one product, with the beliefs behind them.
 *
 * @param base      the statistical forecast from history and pipeline, before any judgement (units)
 * @param anchor    marketing's systematic inflation, carried to the next period (0 under consensus)
 * @param inflation share marketing added to the base this period (0 under consensus)
 * @param forecast  the forecast handed to production: base x (1 + inflation), at least 0
 * @param estimate  production's estimate of marketing's inflation (0 under consensus)
 * @param plan      what production commits to: forecast / (1 + estimate)
 * @param reason    a sentence for traces and the workshop, built only when asked
 */
public record PlanningDecision(double base, double anchor, double inflation, double forecast, double estimate,
                               double plan, Supplier<String> reason) {
}
