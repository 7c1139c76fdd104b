package org.ordercycle.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.dept.Production;
import org.ordercycle.model.rules.dispatch.Dispatch;
import org.ordercycle.model.rules.dispatch.DispatchRule;
import org.ordercycle.model.rules.dispatch.DispatchView;
import org.ordercycle.model.rules.dispatch.SetupAwareDueDate;
import org.ordercycle.scenario.Line;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Ledger.Account;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * A production line. Each working day it opens for the regular hours the plan committed, plus
 * overtime when the backlog exceeds them, and works through its queue one job at a time,
 * setting up when the product changes. Which job goes next is the company's dispatch rule
 * (the scheduling lever: campaigns that obey escalations, or importance-weighted due dates
 * that batch set-ups), asked with a view of this line's queue.
 */
public final class LineModel {
    private static final double EPS = 1e-9;

    final Line spec;
    final int index;
    private final RunContext ctx;
    private final WorkCalendar calendar;
    /** Working days per week of the company's calendar. */
    private final int daysPerWeek;
    private final Steps.Scheduling scheduling;
    /** Which job goes next: the company's dispatch rule. */
    private final DispatchRule dispatch;
    private final Ledger ledger;
    private final Metrics metrics;
    /** Production hears of every finished job. */
    private final Production production;
    /** Products the company makes, on every line. */
    private final int productCount;
    private final double warmup;
    private final double end;
    private final RandomStream changeoverStream;
    final List<ProductModel> products = new ArrayList<>();
    private final List<LineJob> queue = new ArrayList<>();
    private final List<LineJob> queueView = Collections.unmodifiableList(queue);
    private long sequence;

    double regularHoursPerDay;
    private double queuedHours;
    private ProductModel setup;
    private LineJob current;
    private boolean settingUp;
    private double remaining; // hours of the current phase
    private double runStart;
    private double jobWorkedHours; // set-up and run hours of the current job, without closed hours
    private double windowEnd = Double.NEGATIVE_INFINITY;
    private double campaignHours;
    private int expeditesThisPeriod;
    private final Tick tick;
    private final QueueView view = new QueueView();

    double busyHours;
    double availableHours;
    double busyHoursAfterWarmup;
    double availableHoursAfterWarmup;
    /** Jobs waiting for the line, in the first and last thirds of the measured period. */
    final QueueThirds waiting;

    /** Where a line works and what it reports to: one per line, shared by every line of the company. */
    record Plant(RunContext ctx, WorkCalendar calendar, int daysPerWeek, Steps.Scheduling scheduling,
            DispatchRule dispatch, Ledger ledger, Metrics metrics, Production production, int productCount,
            double warmup, double end) {
    }

    LineModel(Line spec, int index, Plant plant, RandomStream changeoverStream) {
        this.spec = spec;
        this.index = index;
        this.ctx = plant.ctx();
        this.calendar = plant.calendar();
        this.daysPerWeek = plant.daysPerWeek();
        this.scheduling = plant.scheduling();
        this.dispatch = plant.dispatch();
        this.ledger = plant.ledger();
        this.metrics = plant.metrics();
        this.production = plant.production();
        this.productCount = plant.productCount();
        this.warmup = plant.warmup();
        this.end = plant.end();
        this.changeoverStream = changeoverStream;
        this.regularHoursPerDay = spec.maxRegularHoursPerDay();
        this.tick = new Tick();
        this.waiting = new QueueThirds(warmup, end);
    }

    /** Starts the daily cycle: the first working day opens at the first shift of the run. */
    void start() {
        new DayStart().schedule(calendar.nextOpen(0) - ctx.sim().time());
    }

    /** Adds a job; returns it so callers may flag it. */
    public LineJob add(ProductModel product, int units, Order order, double due, double importance) {
        LineJob job = new LineJob(product, units, order, due, importance, sequence++);
        job.arrival = ctx.sim().time();
        queue.add(job);
        queuedHours += job.hours;
        waiting.level(ctx.sim().time(), queue.size());
        if (current == null) {
            dispatch();
        }
        return job;
    }

    /** Days of work queued and running, in calendar days at the committed regular hours. */
    public double loadDays() {
        return calendarDays(loadHours());
    }

    /**
     * Capable-to-promise: calendar days until a new job of {@code hours} for a customer of
     * {@code importance} due at {@code due} would be finished, counting only the work the
     * dispatch rule puts before it and the overtime the line adds when loaded.
     */
    public double capableToPromiseDays(double hours, double importance, double due) {
        Steps.Scheduling s = scheduling;
        boolean byDue = dispatch.byDueDate();
        double ahead = currentHoursLeft();
        for (LineJob j : queue) {
            if (!byDue || j.expedite || effectiveDue(j, s) <= due - (importance - 1) / 24.0) {
                ahead += j.hours;
            }
        }
        return finishDays(ahead + hours);
    }

    /**
     * Calendar days until the replenishments of {@code p} queued or running on this line have
     * brought {@code units} units, when the job that completes them is done; NaN when they do not
     * bring that many. Jobs are taken in dispatch order: by due date under joint scheduling, in
     * arrival order otherwise (a campaign may reorder them; the estimate does not guess how).
     */
    public double replenishmentDays(ProductModel p, double units) {
        Steps.Scheduling s = scheduling;
        boolean byDue = dispatch.byDueDate();
        double running = currentHoursLeft();
        double covered = 0;
        if (current != null && current.order == null && current.product == p) {
            covered += current.units;
            if (covered >= units) {
                return finishDays(running);
            }
        }
        List<LineJob> mine = new ArrayList<>();
        for (LineJob j : queue) {
            if (j.order == null && j.product == p) {
                mine.add(j);
            }
        }
        mine.sort((a, b) -> byDue ? Double.compare(effectiveDue(a, s), effectiveDue(b, s)) : Long.compare(a.seq, b.seq));
        for (LineJob r : mine) {
            covered += r.units;
            if (covered >= units) {
                double ahead = running;
                for (LineJob j : queue) {
                    boolean before = byDue ? j.expedite || effectiveDue(j, s) <= effectiveDue(r, s) : j.seq <= r.seq;
                    if (before) {
                        ahead += j.hours;
                    }
                }
                return finishDays(ahead);
            }
        }
        return Double.NaN;
    }

    /** Hours left on the current job, set-up included, counting the part of the phase running now. */
    private double currentHoursLeft() {
        if (current == null) {
            return 0;
        }
        double runningNow = tick.running ? (ctx.sim().time() - runStart) * 24 : 0;
        return remaining - runningNow + (settingUp ? current.hours : 0);
    }

    /** Calendar days to work through {@code total} hours, with overtime when they exceed a regular day. */
    private double finishDays(double total) {
        double perDay = regularHoursPerDay + (total > regularHoursPerDay ? spec.maxOvertimeHoursPerDay() : 0);
        double workingDays = total / Math.max(perDay, 1e-6);
        return calendar.always() ? workingDays : workingDays * 7.0 / daysPerWeek;
    }

    /** Hours of work queued and running. */
    double loadHours() {
        return queuedHours + (current == null ? 0 : remaining + (settingUp ? current.hours : 0));
    }

    /** Calendar days the line needs for {@code hours} of work at the committed regular hours. */
    public double calendarDays(double hours) {
        double perDay = Math.max(regularHoursPerDay, 1e-6);
        double workingDays = hours / perDay;
        return calendar.always() ? workingDays : workingDays * 7.0 / daysPerWeek;
    }

    /** Units of customer orders for product p waiting for or in production on this line. */
    public int backlogUnits(ProductModel p) {
        int units = current != null && current.order != null && current.product == p ? current.units : 0;
        for (LineJob j : queue) {
            if (j.order != null && j.product == p) {
                units += j.units;
            }
        }
        return units;
    }

    /** Queued jobs, in arrival order, for the daily review of orders at risk (read only). */
    public List<LineJob> queued() {
        return queueView;
    }

    /** The line's position in the scenario, from 0. */
    public int index() {
        return index;
    }

    /** The line as the scenario describes it. */
    public Line spec() {
        return spec;
    }

    /** Planning commits {@code hours} regular hours per working day for the coming period. */
    public void commitRegularHours(double hours) {
        regularHoursPerDay = hours;
    }

    /** The line's id in the scenario. */
    public String id() {
        return spec.id();
    }

    /** Orders expedited on this line in the current planning period. */
    public int expeditesThisPeriod() {
        return expeditesThisPeriod;
    }

    /** One more order expedited in the current planning period. */
    public void expedited() {
        expeditesThisPeriod++;
    }

    /** A new planning period: the budget of expedited orders starts again. */
    public void resetExpedites() {
        expeditesThisPeriod = 0;
    }

    private void openDay() {
        double now = ctx.sim().time();
        double backlog = queuedHours + (current == null ? 0 : remaining);
        double overtime = Math.min(spec.maxOvertimeHoursPerDay(), Math.max(0, backlog - regularHoursPerDay));
        double hours = regularHoursPerDay + overtime;
        // a long day (two shifts and overtime) may run past midnight, but not into the next day's start
        windowEnd = Math.min(calendar.nextDayStart(now), now + hours / 24.0);
        // hours are paid and counted only up to the end of the run
        double open = (Math.min(windowEnd, end) - now) * 24;
        double regularOpen = Math.min(open, regularHoursPerDay);
        double overtimeOpen = open - regularOpen;
        ledger.charge(Account.COMMITTED_CAPACITY, now, regularOpen * spec.costPerHour());
        ledger.charge(Account.OVERTIME, now, overtimeOpen * spec.costPerHour() * spec.overtimePremium());
        availableHours += open;
        availableHoursAfterWarmup += Math.max(0, Math.min(windowEnd, end) - Math.max(now, warmup)) * 24;
        new DayStart().schedule(calendar.nextDayStart(now) - now);
        if (current == null) {
            dispatch();
        } else if (!tick.running) {
            run(); // a job paused overnight resumes; one still running goes on in the longer window
        }
    }

    private boolean open() {
        return ctx.sim().time() < windowEnd - EPS;
    }

    /** Chooses the next job if the line is free and open. */
    private void dispatch() {
        if (current != null || queue.isEmpty() || !open()) {
            return;
        }
        Dispatch decision = dispatch.choose(view);
        LineJob job = queue.get(decision.job());
        queue.remove(job);
        queuedHours -= job.hours;
        waiting.level(ctx.sim().time(), queue.size());
        current = job;
        jobWorkedHours = 0;
        job.startedAt = ctx.sim().time();
        if (job.order != null) {
            job.order.waited(Step.SCHEDULING, "production", job.arrival, job.startedAt);
            if (job.order.traced) {
                ctx.trace(job.order, Step.SCHEDULING, "start", () -> "production starts on line " + spec.id()
                        + " (" + decision.reason() + ")");
            }
        }
        if (job.product != setup) {
            if (job.expedite && setup != null && hasJobsFor(setup)) {
                metrics.scheduleBreak(ctx.sim().time());
                ledger.charge(Account.EXPEDITE, ctx.sim().time(), scheduling.expediteFee());
                if (job.order != null) {
                    if (job.order.traced) {
                        ctx.trace(job.order, Step.SCHEDULING, "decision", () -> "schedule break: campaign of " + setup.spec.id()
                                + " interrupted for this order");
                    }
                }
            }
            settingUp = true;
            remaining = job.product.changeoverTime.sample(changeoverStream.nextDouble()) * 24;
            metrics.changeover(ctx.sim().time());
            ledger.charge(Account.CHANGEOVER, ctx.sim().time(), job.product.spec.changeoverCost());
            setup = job.product;
            campaignHours = 0;
        } else {
            settingUp = false;
            remaining = job.hours;
        }
        run();
    }

    private boolean hasJobsFor(ProductModel p) {
        for (LineJob j : queue) {
            if (j.product == p) {
                return true;
            }
        }
        return false;
    }

    /** Due date for dispatch under joint scheduling (see {@link SetupAwareDueDate#effectiveDue}). */
    private static double effectiveDue(LineJob j, Steps.Scheduling s) {
        return SetupAwareDueDate.effectiveDue(j.due, j.importance);
    }

    /** Runs the current phase until it ends or the window closes. */
    private void run() {
        double now = ctx.sim().time();
        if (!open()) {
            return; // resumes at the next day start
        }
        double hours = Math.min(remaining, (windowEnd - now) * 24);
        runStart = now;
        tick.running = true;
        tick.schedule(hours / 24.0);
    }

    private void stopRun() {
        tick.running = false;
        double now = ctx.sim().time();
        double hours = (now - runStart) * 24;
        remaining -= hours;
        busyHours += hours;
        jobWorkedHours += hours;
        busyHoursAfterWarmup += Math.max(0, now - Math.max(runStart, warmup)) * 24;
        if (!settingUp) {
            campaignHours += hours;
        }
        if (remaining > 1e-7) {
            if (open()) {
                run();
            }
            return; // window closed: the next day start resumes
        }
        if (settingUp) {
            settingUp = false;
            remaining = current.hours;
            run();
            return;
        }
        LineJob done = current;
        current = null;
        if (done.order != null) {
            double worked = jobWorkedHours / 24;
            done.order.worked(Step.SCHEDULING, "production", done.startedAt, now, worked);
        }
        production.finished(this, done);
        dispatch();
    }

    /** What the line knows when it picks its next job: its live queue, set-up and campaign. */
    private final class QueueView implements DispatchView {
        @Override
        public int jobs() {
            return queue.size();
        }

        @Override
        public int product(int i) {
            return queue.get(i).product.index;
        }

        @Override
        public double hours(int i) {
            return queue.get(i).hours;
        }

        @Override
        public double due(int i) {
            return queue.get(i).due;
        }

        @Override
        public double importance(int i) {
            return queue.get(i).importance;
        }

        @Override
        public boolean expedite(int i) {
            return queue.get(i).expedite;
        }

        @Override
        public long sequence(int i) {
            return queue.get(i).seq;
        }

        @Override
        public int setup() {
            return setup == null ? -1 : setup.index;
        }

        @Override
        public double campaignHours() {
            return campaignHours;
        }

        @Override
        public double regularHoursPerDay() {
            return regularHoursPerDay;
        }

        @Override
        public int products() {
            return productCount;
        }

        @Override
        public double now() {
            return ctx.sim().time();
        }
    }

    private final class Tick extends Event {
        boolean running;

        Tick() {
            super(ctx.sim());
        }

        @Override
        public void actions() {
            stopRun();
        }
    }

    private final class DayStart extends Event {
        DayStart() {
            super(ctx.sim());
            setPriority(0.5); // before orders arriving at the same instant
        }

        @Override
        public void actions() {
            openDay();
        }
    }
}
