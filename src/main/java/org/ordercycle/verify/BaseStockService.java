package org.ordercycle.verify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.experiment.Estimate;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Line;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Segment;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.PeriodRecord;
import org.ordercycle.stats.ReplicationResult;

/**
 * Check 4: cycle service level of a make-to-stock product under a base-stock policy. With an
 * exact, noise-free forecast and no replenishment lead time, {@code Planner.replenish} raises
 * the inventory position every period to S = ceil(mu + z sigma), mu and sigma^2 the mean and
 * the (compound-Poisson) variance of one period's demand; the fast line delivers at once, so a
 * period ends with a backlog exactly when its demand exceeds S. The share of periods without
 * backlog is compared with the critical fractile Phi(z) (normal approximation of the period
 * demand), with the exact compound-Poisson P(D <= S), and the order-up-to level itself with S.
 */
final class BaseStockService implements TheoryCheck {
    static final String FRACTILE = "newsvendor critical fractile, cycle service level = Phi(z) for normal demand;"
            + " e.g. Silver, Pyke & Thomas, Inventory and Production Management in Supply Chains, 4th ed. (CRC 2017)";
    static final String EXACT = "P(D <= S) for compound-Poisson period demand, Panjer's recursion (Panjer 1981,"
            + " ASTIN Bulletin 12(1):22-26)";
    static final String LEVEL = "Planner.replenish: order-up-to level = plan x (1 + replenishmentPeriods)"
            + " + z sqrt(variance x cover), rounded up to whole units";

    private final String file;

    BaseStockService(String file) {
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<Policy> policies() {
        return List.of(Policy.JOINT);
    }

    /**
     * Every step off: planning, so that stock targets use the true mean demand; generation,
     * pricing, entry and selection, so that an order takes stock at once; returns and service,
     * so that nothing is restocked and no extra leads arrive.
     */
    @Override
    public List<Integer> stepsOff() {
        return Setup.allStepsBut();
    }

    @Override
    public List<Check> evaluate(Scenario s, Map<Policy, List<ReplicationResult>> runs) {
        Segment seg = Setup.poissonSegment(s);
        Product product = s.products().get(0);
        Steps.Planning plan = s.steps().planning();
        requireBaseStock(s, seg, product, plan);
        Map<Integer, Double> sizes = Setup.integerSizes(s, seg.orderSize());
        double orders = seg.leadsPerDay() * plan.periodDays(); // Poisson mean of orders per period
        double mu = orders * Setup.moment(sizes, 1);
        double sigma = Math.sqrt(orders * Setup.moment(sizes, 2));
        double z = plan.safetyFactor();
        int level = (int) Math.ceil(mu + z * sigma - 1e-9);
        List<ReplicationResult> reps = runs.get(Policy.JOINT);
        double[] service = new double[reps.size()];
        double[] orderUpTo = new double[reps.size()];
        for (int i = 0; i < reps.size(); i++) {
            int periods = 0;
            int withoutBacklog = 0;
            double levels = 0;
            for (PeriodRecord p : reps.get(i).periods()) {
                if (p.startDay() >= s.warmupDays()) {
                    periods++;
                    withoutBacklog += p.backlog() > 0 ? 0 : 1;
                    levels += p.inventory() - p.backlog() + p.demand(); // net stock right after replenishment
                }
            }
            service[i] = periods > 0 ? (double) withoutBacklog / periods : Double.NaN;
            orderUpTo[i] = periods > 0 ? levels / periods : Double.NaN;
        }
        Estimate e = Estimate.of(service, Verification.LEVEL);
        double exact = Theory.compoundPoissonCdf(orders, sizes, level);
        return List.of(
                Check.inside(String.format(Locale.ROOT, "Base-stock order-up-to level S = ceil(mu + z sigma) (units)"),
                        level, Estimate.of(orderUpTo, Verification.LEVEL), LEVEL),
                // Phi(z) approximates the exact P(D <= S) (normal demand, S not rounded up to a unit)
                Check.insideApproximation(String.format(Locale.ROOT,
                        "Base-stock cycle service level vs Phi(z), z = %.3f", z), Theory.normalCdf(z), exact, e, FRACTILE),
                Check.inside(String.format(Locale.ROOT, "Base-stock cycle service level vs exact P(D <= %d)", level),
                        exact, e, EXACT));
    }

    private static void requireBaseStock(Scenario s, Segment seg, Product product, Steps.Planning plan) {
        Setup.require(s.products().size() == 1 && product.strategy() == Product.Strategy.makeToStock, s,
                "needs exactly one product, made to stock");
        Setup.require(plan.replenishmentPeriods() == 0, s, "needs replenishmentPeriods 0");
        Setup.require(seg.baseAcceptance() == 1, s, "every lead must become an order at once (baseAcceptance 1)");
        Line line = s.lines().get(s.lineIndex(product.line()));
        Setup.require(s.calendar().roundTheClock() && line.minRegularHoursPerDay() >= 24, s,
                "needs a round-the-clock calendar and a line that runs 24 hours a day (replenishment at once)");
    }
}
