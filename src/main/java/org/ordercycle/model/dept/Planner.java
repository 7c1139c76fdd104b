package org.ordercycle.model.dept;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.LineModel;
import org.ordercycle.model.ProductModel;
import org.ordercycle.model.SegmentModel;
import org.ordercycle.model.Step;
import org.ordercycle.model.rules.forecast.PlanningDecision;
import org.ordercycle.model.rules.forecast.PlanningRule;
import org.ordercycle.model.rules.forecast.PlanningView;
import org.ordercycle.model.rules.replenishment.Replenishment;
import org.ordercycle.model.rules.replenishment.ReplenishmentRule;
import org.ordercycle.model.rules.replenishment.ReplenishmentView;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Ledger.Account;
import org.ordercycle.stats.PeriodRecord;
import umontreal.ssj.randvar.NormalGen;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * Step 1: each planning period, a forecast per product, the production plan, the regular hours
 * committed on each line and the make-to-stock replenishment orders. Planners know only what they
 * have seen: the demand history, the open lead pipeline and, when planning is joint, the leads
 * service visits passed on. The planning rule (inflate-and-discount, adaptive or consensus) and
 * the replenishment rule (order-up-to or anchoring) decide; this class gathers their views, keeps
 * the beliefs they carry from period to period and applies their decisions.
 */
public final class Planner {
    private final Context ctx;
    private final RandomStream stream;
    private final Steps.Planning spec;
    private final PolicyView policy;
    private final PlanningRule rule;
    private final ReplenishmentRule replenishment;
    private final Plant plant;
    private final Coordination coordination;
    private final WorkCalendar calendar;
    private final Probe probe;
    private final Production production;
    private final double warmup;
    private final double end;
    private final List<double[]> history = new ArrayList<>(); // demand per product per past period
    private final List<double[]> forecasts = new ArrayList<>(); // forecast handed to production, same periods
    private final List<double[]> pipelines = new ArrayList<>(); // open lead units seen at each period start
    private final double[] anchor;    // per product: marketing's systematic inflation last period
    private final double[] shortage;  // per product: share of last period's demand backordered
    private final double[] baseForPeriod;  // per product: statistical forecast of the current period
    private final double[] errorSum;       // per product: sum of (demand - plan) over past periods
    private final double[] squaredError;   // per product: sum of (demand - plan)^2 over past periods
    private final double[] placedUnits;  // per product, all past periods
    private final double[] leadUnits;    // per product, all past periods
    private final double[] sizeMean;   // per segment: mean whole-unit order size
    private final double[] sizeSecond; // per segment: second moment
    private int period;
    private final double[] judgement; // per product: marketing's persistent judgement deviation, standard units
    private final List<PeriodRecord> records = new ArrayList<>();

    /**
     * What planning reads of the policy: the steps the company performs, and the levers whose
     * coordination time planning charges each period (joint planning's meeting, the capacity and
     * stock reports sales reads).
     */
    public record PolicyView(boolean plans, boolean prices, boolean sells, boolean jointPlanning, boolean capacityInfo,
            boolean stockInfo) {
    }

    /** What planning plans for: the products, the customer segments that order them and the lines that make them. */
    public record Plant(List<ProductModel> products, List<SegmentModel> segments, List<LineModel> lines) {
    }

    /**
     * Who spends time on coordination: marketing at the planning meeting, with the production
     * planner (paid at {@code plannerWagePerHour}, charged to {@code ledger}), sales reading the
     * shared reports.
     */
    public record Coordination(Department marketing, Department sales, double plannerWagePerHour, Steps.Generation generation,
            Ledger ledger) {
    }

    /** Where each period's forecast and plan are scored (the measures). */
    public interface Probe {
        void period(ProductModel p, double demand, double forecast, double plan, double ordered);
    }

    public Planner(Context ctx, Steps.Planning spec, PolicyView policy, PlanningRule rule,
            ReplenishmentRule replenishment, Plant plant, Coordination coordination, WorkCalendar calendar, Probe probe,
            Production production,
            RandomStream stream, double warmup, double end) {
        this.ctx = ctx;
        this.stream = stream;
        this.spec = spec;
        this.policy = policy;
        this.rule = rule;
        this.replenishment = replenishment;
        this.plant = plant;
        this.coordination = coordination;
        this.calendar = calendar;
        this.probe = probe;
        this.production = production;
        this.warmup = warmup;
        this.end = end;
        int products = plant.products().size();
        judgement = new double[products];
        anchor = new double[products];
        java.util.Arrays.fill(anchor, Double.NaN);
        shortage = new double[products];
        baseForPeriod = new double[products];
        errorSum = new double[products];
        squaredError = new double[products];
        placedUnits = new double[products];
        leadUnits = new double[products];
        sizeMean = new double[plant.segments().size()];
        sizeSecond = new double[plant.segments().size()];
        for (SegmentModel s : plant.segments()) {
            // moments of ceil(size) by numerical integration over the quantile function
            int n = 2000;
            for (int i = 0; i < n; i++) {
                double x = s.size((i + 0.5) / n);
                sizeMean[s.index()] += x / n;
                sizeSecond[s.index()] += x * x / n;
            }
        }
    }

    /** The planning periods recorded so far, oldest first (read only). */
    public List<PeriodRecord> records() {
        return java.util.Collections.unmodifiableList(records);
    }

    /** Starts the planning periods: the first at time 0, before anything else. */
    public void start() {
        new PeriodStart().schedule(0);
    }

    /**
     * Expected units of product p demanded in [from, to) and the variance of that demand (compound
     * Poisson), from the scenario's true rates: used only when the step is off, as the textbook
     * reference a switched-off planning step stands for.
     */
    private double[] expectedDemand(ProductModel p, double from, double to) {
        double mean = 0;
        double variance = 0;
        for (SegmentModel s : plant.segments()) {
            double leads = s.expectedLeads(from, to) * s.share(p);
            mean += leads * sizeMean[s.index()];
            variance += leads * sizeSecond[s.index()];
        }
        return new double[] {mean, variance};
    }

    private void newPeriod() {
        double now = ctx.sim().time();
        closePeriod(now);
        double length = spec.periodDays();
        double to = Math.min(now + length, Math.max(end, now + length));
        double[] planHours = new double[plant.lines().size()];
        double[] pipeline = new double[plant.products().size()];
        for (ProductModel p : plant.products()) {
            pipeline[p.index()] = p.openLeadUnits() + (rule != null && rule.pooled() ? p.openServiceLeadUnits() : 0);
            // drawn whatever the policy, so streams stay aligned; the judgement persists (AR(1))
            double rho = spec.errorAutocorrelation();
            double z = NormalGen.nextDouble(stream, 0, 1);
            judgement[p.index()] = period == 0 ? z : rho * judgement[p.index()] + Math.sqrt(1 - rho * rho) * z;
            double plan;
            Supplier<String> why;
            Replenishment stock = null;
            if (!policy.plans()) { // nobody plans: the true mean demand
                double[] expected = expectedDemand(p, now, to);
                double conversion = conversion(p);
                plan = expected[0] * conversion;
                p.setForecast(plan);
                baseForPeriod[p.index()] = plan;
                if (p.makeToStock()) {
                    stock = replenish(p, plan, Math.sqrt(expected[1] * conversion), now, length);
                }
                why = () -> "nobody plans (step off): the plan is the expected demand";
            } else {
                PlanningDecision d = rule.decide(view(p, pipeline[p.index()]));
                anchor[p.index()] = d.anchor();
                baseForPeriod[p.index()] = d.base();
                p.setForecast(d.forecast());
                plan = d.plan();
                if (p.makeToStock()) {
                    stock = replenish(p, plan, errorSd(p, plan), now, length);
                }
                why = d.reason();
            }
            p.setPlan(plan);
            p.setPlanReason(planReason(period, now, plan, why, stock));
            planHours[p.line().index()] += p.hoursFor(plan) + (plan > 0 ? p.changeoverTime().mean() * 24 : 0);
        }
        pipelines.add(pipeline);
        commitCapacity(planHours, now, length);
        chargeCoordination(now, length);
        production.newPeriod();
        period++;
    }

    /** What the planners of product p know now. */
    private PlanningView view(ProductModel p, double pipeline) {
        int n = history.size();
        double[] demand = new double[n];
        double[] forecast = new double[n];
        double[] seen = new double[n];
        for (int i = 0; i < n; i++) {
            demand[i] = history.get(i)[p.index()];
            forecast[i] = forecasts.get(i)[p.index()];
            seen[i] = pipelines.get(i)[p.index()];
        }
        double conversion = leadUnits[p.index()] > 0 ? placedUnits[p.index()] / leadUnits[p.index()] : 1;
        return new PlanningView(demand, forecast, seen, pipeline, conversion, anchor[p.index()], shortage[p.index()],
                judgement[p.index()]);
    }

    /**
     * Standard deviation of production's plan errors seen so far, around their mean: a bias of the
     * plan is not mistaken for noise to cover with safety stock. Before two periods, Poisson-like
     * sqrt(plan).
     */
    private double errorSd(ProductModel p, double plan) {
        int n = history.size();
        if (n < 2) {
            return Math.sqrt(Math.max(0, plan));
        }
        double mean = errorSum[p.index()] / n;
        return Math.sqrt(Math.max(0, (squaredError[p.index()] - n * mean * mean) / (n - 1)));
    }

    /**
     * Step off: share of the units asked for by leads that became orders in this run; before any
     * history, the segments' base acceptance.
     */
    private double conversion(ProductModel p) {
        if (leadUnits[p.index()] > 0) {
            return placedUnits[p.index()] / leadUnits[p.index()];
        }
        double weighted = 0;
        double total = 0;
        for (SegmentModel s : plant.segments()) {
            double w = s.spec().leadsPerDay() * s.share(p) * sizeMean[s.index()];
            weighted += w * (policy.prices() ? s.spec().baseAcceptance() : 1);
            total += w;
        }
        return total > 0 ? weighted / total : 1;
    }

    /** Asks the replenishment rule and orders its units from the line, due by the period's end. */
    private Replenishment replenish(ProductModel p, double plan, double errorSd, double now, double length) {
        ReplenishmentView v = new ReplenishmentView(plan, errorSd, p.onHand() - p.backorderedUnits(), p.onOrder(),
                spec.replenishmentPeriods());
        Replenishment r = replenishment.decide(v);
        if (r.units() > 0) {
            p.orderReplenishment(r.units());
            p.line().add(p, r.units(), null, now + length, 1);
        }
        return r;
    }

    /** The sentence a trace shows for a product's plan in force: the period, the plan, and why. */
    private static Supplier<String> planReason(int period, double day, double plan, Supplier<String> why,
                                               Replenishment stock) {
        return () -> String.format(Locale.ROOT, "plan of period %d (from day %.1f): %.1f units; %s", period + 1, day,
                plan, why.get()) + (stock == null ? "" : String.format(Locale.ROOT, "; stock: %d units ordered from the"
                + " line (%s)", stock.units(), stock.reason().get()));
    }

    /** Regular hours per working day for each line: what the plan needs, within the line's limits. */
    private void commitCapacity(double[] planHours, double now, double length) {
        int workingDays = Math.max(1, calendar.workingDaysBetween(now, now + length));
        for (LineModel line : plant.lines()) {
            double perDay = planHours[line.index()] / workingDays;
            line.commitRegularHours(!policy.plans() ? line.spec().maxRegularHoursPerDay()
                    : Math.max(line.spec().minRegularHoursPerDay(), Math.min(line.spec().maxRegularHoursPerDay(), perDay)));
        }
    }

    private void chargeCoordination(double now, double length) {
        Coordination co = coordination;
        if (policy.jointPlanning()) {
            // a marketer's meeting time comes out of marketing's paid shift; the production
            // planner, paid as an executive, is no department of the model and is charged apart
            co.marketing().occupy(Step.PLANNING, spec.meetingHoursPerPeriod() / 24, Account.COORDINATION);
            co.ledger().charge(Account.COORDINATION, now, spec.meetingHoursPerPeriod() * co.plannerWagePerHour());
        }
        int sharing = (policy.capacityInfo() ? 1 : 0) + (policy.stockInfo() ? 1 : 0);
        if (policy.sells() && sharing > 0) { // stock-info shares nothing without sales
            int workingDays = calendar.workingDaysBetween(now, now + length);
            co.sales().occupy(Step.GENERATION, sharing * co.generation().sharingHoursPerDay() * workingDays / 24,
                    Account.COORDINATION);
        }
    }

    /** Records the period that just ended and scores its forecast. */
    private void closePeriod(double now) {
        if (period == 0) {
            return;
        }
        double start = now - spec.periodDays();
        double[] demand = new double[plant.products().size()];
        double[] forecast = new double[plant.products().size()];
        for (ProductModel p : plant.products()) {
            demand[p.index()] = p.periodDemand();
            int backlog = p.backorderedUnits() + p.line().backlogUnits(p);
            records.add(new PeriodRecord(period - 1, start, p.spec().id(), p.periodDemand(), p.forecastForPeriod(),
                    p.planForPeriod(), p.periodOrdered(), p.periodProduced(), p.onHand(), backlog, baseForPeriod[p.index()]));
            forecast[p.index()] = p.forecastForPeriod();
            double error = p.periodDemand() - p.planForPeriod();
            errorSum[p.index()] += error;
            squaredError[p.index()] += error * error;
            shortage[p.index()] = p.periodDemand() > 0 ? Math.min(1, p.backorderedUnits() / p.periodDemand()) : 0;
            if (start >= warmup) {
                probe.period(p, p.periodDemand(), p.forecastForPeriod(), p.planForPeriod(), p.periodOrdered());
            }
            placedUnits[p.index()] += p.periodDemand();
            leadUnits[p.index()] += p.periodLeadUnits();
            p.closePeriod();
        }
        history.add(demand);
        forecasts.add(forecast);
    }

    private final class PeriodStart extends Event {
        PeriodStart() {
            super(ctx.sim());
            setPriority(0.1); // planning happens before anything else at the same instant
        }

        @Override
        public void actions() {
            newPeriod();
            schedule(spec.periodDays());
        }
    }
}
