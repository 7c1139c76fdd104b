package org.ordercycle.verify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * Check 5: variance amplification of production orders against the lower bound of Chen,
 * Drezner, Ryan and Simchi-Levi (2000). With a moving-average forecast over p periods and no
 * forecast noise, {@code Planner.replenish} orders q_t = S_t - S_{t-1} + D_{t-1} with
 * S_t = L x MA_p(t) + z sigma, where L = 1 + replenishmentPeriods is the number of periods the
 * order-up-to level covers (Chen et al.'s lead time L, in their convention an order placed at
 * the end of period t arrives at the start of period t + L). Hence
 * q_t = (1 + L/p) D_{t-1} - (L/p) D_{t-p-1} and, for i.i.d. demand, Var(q)/Var(D) = 1 + 2L/p +
 * 2L^2/p^2 exactly (the engine's sigma is a constant, so the bound is attained) as long as
 * orders never go negative. The check: the bound lies inside the 99% interval (so the upper
 * end is above it, and the ratio is close to it).
 */
final class VarianceAmplification implements TheoryCheck {
    static final String SOURCE = "Chen, Drezner, Ryan & Simchi-Levi (2000), Management Science 46(3):436-443,"
            + " Var(q)/Var(D) >= 1 + 2L/p + 2L^2/p^2";

    private final String file;

    VarianceAmplification(String file) {
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    /** Only planning (step 1) works: no lead pipeline to read, no returns, no service leads. */
    @Override
    public List<Integer> stepsOff() {
        return Setup.allStepsBut(1);
    }

    @Override
    public List<Check> evaluate(Scenario s, Map<Policy, List<ReplicationResult>> runs) {
        Setup.poissonSegment(s);
        Steps.Planning plan = s.steps().planning();
        Setup.require(s.products().size() == 1 && s.products().get(0).strategy() == Product.Strategy.makeToStock, s,
                "needs exactly one product, made to stock");
        Setup.require(plan.forecast() == Steps.Planning.ForecastMethod.movingAverage
                && plan.inflationMean() == 0 && plan.inflationSd() == 0 && plan.shortageInflation() == 0
                && plan.productionDiscount() == 0, s, "planning must be a moving average without inflation or discount");
        Setup.require(s.warmupDays() >= (plan.movingAveragePeriods() + 1) * plan.periodDays(), s,
                "the warm-up must cover the first movingAveragePeriods + 1 periods");
        int p = plan.movingAveragePeriods();
        double lead = 1 + plan.replenishmentPeriods();
        double bound = Theory.chenBound(lead, p);
        Estimate e = Estimate.of(Setup.values(runs.get(policies().get(0)), Measure.VARIANCE_AMPLIFICATION.key()),
                Verification.LEVEL);
        String name = String.format(Locale.ROOT,
                "Var(q)/Var(D), moving average p = %d, L = 1 + replenishmentPeriods = %.3g", p, lead);
        return List.of(Check.inside(name, bound, e, SOURCE));
    }
}
