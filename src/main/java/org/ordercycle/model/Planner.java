package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.policy.Lever;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;
import org.ordercycle.stats.PeriodRecord;
import umontreal.ssj.randvar.NormalGen;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * Step 1: each planning period, a forecast per product, the production plan, the regular hours
 * committed on each line and the make-to-stock replenishment orders. Siloed, marketing
 * inflates a noisy forecast and production discounts it by its own guess; joint, one
 * consensus forecast with less noise, at the cost of meetings. Replenishment is an
 * order-up-to policy on the plan, which is what amplifies demand variance upstream.
 */
final class Planner {
    private final Company c;
    private final RandomStream stream;
    private final Steps.Planning spec;
    private final List<double[]> history = new ArrayList<>(); // demand per product per past period
    private final double[] placedUnits;  // per product, all past periods
    private final double[] leadUnits;    // per product, all past periods
    private final double[] sizeMean;   // per segment: mean whole-unit order size
    private final double[] sizeSecond; // per segment: second moment
    private int period;
    private final double[] noise;     // per product: persistent forecast error, in standard units
    private final double[] inflation; // per product: persistent inflation deviation, in standard units
    final List<PeriodRecord> records = new ArrayList<>();

    Planner(Company c, RandomStream stream) {
        this.c = c;
        this.stream = stream;
        this.spec = c.scenario.steps().planning();
        noise = new double[c.products.size()];
        inflation = new double[c.products.size()];
        placedUnits = new double[c.products.size()];
        leadUnits = new double[c.products.size()];
        sizeMean = new double[c.segments.size()];
        sizeSecond = new double[c.segments.size()];
        for (SegmentModel s : c.segments) {
            // moments of ceil(size) by numerical integration over the quantile function
            int n = 2000;
            for (int i = 0; i < n; i++) {
                double x = s.size((i + 0.5) / n);
                sizeMean[s.index] += x / n;
                sizeSecond[s.index] += x * x / n;
            }
        }
    }

    void start() {
        new PeriodStart().schedule(0);
    }

    /** Expected units of product p demanded in [from, to) and the variance of that demand (compound Poisson). */
    private double[] expectedDemand(ProductModel p, double from, double to) {
        double mean = 0;
        double variance = 0;
        for (SegmentModel s : c.segments) {
            double leads = s.expectedLeads(from, to) * s.share(p);
            mean += leads * sizeMean[s.index];
            variance += leads * sizeSecond[s.index];
        }
        return new double[] {mean, variance};
    }

    private void newPeriod() {
        double now = c.sim.time();
        closePeriod(now);
        double length = spec.periodDays();
        double to = Math.min(now + length, Math.max(c.end, now + length));
        double svc = c.joint(Lever.SERVICE_LINK) ? 1 - spec.serviceInsightNoiseReduction() : 1;
        boolean joint = c.joint(Lever.JOINT_PLANNING);
        double[] planHours = new double[c.lines.size()];
        for (ProductModel p : c.products) {
            double[] expected = expectedDemand(p, now, to);
            double conversion = conversion(p);
            expected[0] *= conversion;
            expected[1] *= conversion;
            double base = spec.forecast() == Steps.Planning.ForecastMethod.movingAverage ? movingAverage(p, expected[0])
                    : expected[0];
            // both always drawn, whatever the policy, so streams stay aligned; errors persist (AR(1))
            double rho = spec.errorAutocorrelation();
            double innovation = Math.sqrt(1 - rho * rho);
            noise[p.index] = period == 0 ? NormalGen.nextDouble(stream, 0, 1)
                    : rho * noise[p.index] + innovation * NormalGen.nextDouble(stream, 0, 1);
            inflation[p.index] = period == 0 ? NormalGen.nextDouble(stream, 0, 1)
                    : rho * inflation[p.index] + innovation * NormalGen.nextDouble(stream, 0, 1);
            double z1 = noise[p.index];
            double z2 = inflation[p.index];
            double forecast;
            double plan;
            if (!spec.enabled()) {
                forecast = expected[0];
                plan = expected[0];
            } else if (joint) {
                forecast = base * Math.max(0, 1 + spec.consensusNoise() * svc * z1);
                plan = forecast;
            } else {
                double inflation = Math.max(-0.99, spec.inflationMean() + spec.inflationSd() * z2);
                forecast = base * Math.max(0, 1 + spec.marketingNoise() * svc * z1) * (1 + inflation);
                plan = forecast * (1 - spec.productionDiscount());
            }
            p.forecastForPeriod = forecast;
            p.planForPeriod = plan;
            planHours[p.line.index] += p.hoursFor(plan) + (plan > 0 ? p.changeoverTime.mean() * 24 : 0);
            if (p.makeToStock) {
                replenish(p, plan, expected[1], now, length);
            }
        }
        commitCapacity(planHours, now, length);
        chargeCoordination(now, length);
        c.production.newPeriod();
        period++;
    }

    /**
     * Share of the units asked for by leads that became orders, from the history of this run
     * (marketing knows its pipeline); before any history, the segments' base acceptance.
     */
    private double conversion(ProductModel p) {
        if (leadUnits[p.index] > 0) {
            return placedUnits[p.index] / leadUnits[p.index];
        }
        double weighted = 0;
        double total = 0;
        for (SegmentModel s : c.segments) {
            double w = s.spec.leadsPerDay() * s.share(p) * sizeMean[s.index];
            weighted += w * (c.scenario.steps().pricing().enabled() ? s.spec.baseAcceptance() : 1);
            total += w;
        }
        return total > 0 ? weighted / total : 1;
    }

    private double movingAverage(ProductModel p, double fallback) {
        int n = Math.min(spec.movingAveragePeriods(), history.size());
        if (n == 0) {
            return fallback;
        }
        double sum = 0;
        for (int i = history.size() - n; i < history.size(); i++) {
            sum += history.get(i)[p.index];
        }
        return sum / n;
    }

    /** Order-up-to level: plan over the review period and the replenishment lead time, plus safety stock. */
    private void replenish(ProductModel p, double plan, double variance, double now, double length) {
        double cover = 1 + spec.replenishmentPeriods();
        double target = plan * cover + spec.safetyFactor() * Math.sqrt(variance * cover);
        double position = p.onHand() + p.onOrder - p.backorderedUnits;
        int units = (int) Math.ceil(Math.max(0, target - position) - 1e-9);
        if (units > 0) {
            p.onOrder += units;
            p.periodOrdered += units;
            p.line.add(p, units, null, now + length, 1);
        }
    }

    /** Regular hours per working day for each line: what the plan needs, within the line's limits. */
    private void commitCapacity(double[] planHours, double now, double length) {
        int workingDays = Math.max(1, c.calendar.workingDaysBetween(now, now + length));
        for (LineModel line : c.lines) {
            double perDay = planHours[line.index] / workingDays;
            line.regularHoursPerDay = !spec.enabled() ? line.spec.maxRegularHoursPerDay()
                    : Math.max(line.spec.minRegularHoursPerDay(), Math.min(line.spec.maxRegularHoursPerDay(), perDay));
        }
    }

    private void chargeCoordination(double now, double length) {
        var d = c.scenario.departments();
        if (spec.enabled() && c.joint(Lever.JOINT_PLANNING)) {
            // marketing and production planners (paid as executives) meet
            double wages = d.marketing().wagePerHour() + d.executiveSelection().wagePerHour();
            c.ledger.charge(Account.COORDINATION, now, spec.meetingHoursPerPeriod() * wages);
        }
        Steps.Generation g = c.scenario.steps().generation();
        int sharing = (c.joint(Lever.CAPACITY_INFO) ? 1 : 0) + (c.joint(Lever.STOCK_INFO) ? 1 : 0);
        if (g.enabled() && sharing > 0) {
            int workingDays = c.calendar.workingDaysBetween(now, now + length);
            c.ledger.charge(Account.COORDINATION, now,
                    sharing * g.sharingHoursPerDay() * workingDays * d.sales().wagePerHour());
        }
    }

    /** Records the period that just ended and scores its forecast. */
    private void closePeriod(double now) {
        if (period == 0) {
            return;
        }
        double start = now - spec.periodDays();
        double[] demand = new double[c.products.size()];
        for (ProductModel p : c.products) {
            demand[p.index] = p.periodDemand;
            int backlog = p.backorderedUnits + p.line.backlogUnits(p);
            records.add(new PeriodRecord(period - 1, start, p.spec.id(), p.periodDemand, p.forecastForPeriod,
                    p.planForPeriod, p.periodOrdered, p.periodProduced, p.onHand(), backlog));
            if (start >= c.warmup) {
                c.metrics.period(p, p.periodDemand, p.forecastForPeriod, p.planForPeriod, p.periodOrdered);
            }
            placedUnits[p.index] += p.periodDemand;
            leadUnits[p.index] += p.periodLeadUnits;
            p.periodDemand = 0;
            p.periodLeadUnits = 0;
            p.periodOrdered = 0;
            p.periodProduced = 0;
        }
        history.add(demand);
    }

    private final class PeriodStart extends Event {
        PeriodStart() {
            super(c.sim);
            setPriority(0.1); // planning happens before anything else at the same instant
        }

        @Override
        public void actions() {
            newPeriod();
            schedule(spec.periodDays());
        }
    }
}
