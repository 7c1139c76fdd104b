package org.ordercycle.model;

import static org.ordercycle.model.dept.Text.fmt;

import java.util.List;
import org.ordercycle.engine.Sampler;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.dept.Fulfilment;
import org.ordercycle.model.dept.OrderReceiver;
import org.ordercycle.model.dept.ProductionEstimate;
import org.ordercycle.model.rules.escalation.Escalation;
import org.ordercycle.model.rules.escalation.EscalationRule;
import org.ordercycle.model.rules.escalation.EscalationView;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;
import umontreal.ssj.simevents.Event;

/**
 * Step 6 around the lines: what happens when a job is done, and the daily review of orders at
 * risk. The company's escalation rule decides what happens to each: siloed, marketing escalates
 * some of them and production must break its campaign; joint scheduling expedites only important
 * customers, within a budget per planning period.
 */
final class Production implements OrderReceiver, ProductionEstimate {
    private final RunContext ctx;
    /** The escalation rule; null when the company does not perform the scheduling step. */
    private final EscalationRule escalation;
    private final Steps.Scheduling scheduling;
    /** False when the company does not perform the shipping step: goods are delivered when ready. */
    private final boolean ships;
    private final WorkCalendar calendar;
    /** The lines production runs, filled when the company is wired. */
    private final List<LineModel> lines;
    /** Marketing, who push escalated orders. */
    private final Department marketing;
    private final Sampler marketingTime;
    private final OrderBook books;
    private final Metrics metrics;
    /** Where finished goods go; set once fulfilment exists (it hands make-to-order work back here). */
    private Fulfilment fulfilment;

    Production(RunContext ctx, EscalationRule escalation, Steps.Scheduling scheduling, boolean ships,
            WorkCalendar calendar, List<LineModel> lines, Department marketing, Sampler marketingTime, OrderBook books,
            Metrics metrics) {
        this.ctx = ctx;
        this.escalation = escalation;
        this.scheduling = scheduling;
        this.ships = ships;
        this.calendar = calendar;
        this.lines = lines;
        this.marketing = marketing;
        this.marketingTime = marketingTime;
        this.books = books;
        this.metrics = metrics;
    }

    /** Finished goods go to {@code fulfilment}, which also gives the estimates of the way to the customer. */
    void handGoodsTo(Fulfilment fulfilment) {
        this.fulfilment = fulfilment;
    }

    void start() {
        if (escalation != null) { // without scheduling nobody reviews orders at risk
            new Review().schedule(calendar.nextOpen(0));
        }
    }

    /** A make-to-order order joins its line's queue. */
    @Override
    public void receive(Order o) {
        o.receive(ctx.sim().time(), "production", Step.SCHEDULING);
        if (o.traced) {
            ctx.trace(o, Step.SCHEDULING, "wait", () -> "queued on line " + o.product.line.spec.id() + " behind "
                    + fmt(o.product.line.loadDays()) + " days of work");
        }
        o.product.line.add(o.product, o.quantity, o, o.promisedAt, o.segment.spec.importance());
    }

    /**
     * Days until the goods of an order not served from stock are made: for a make-to-stock item,
     * when the next replenishment that covers it (after the backorders before it) is done; for a
     * make-to-order item, or when no queued replenishment covers it, when a job of its own would be.
     */
    @Override
    public double productionDays(Order o, double importance, double due) {
        ProductModel p = o.product;
        if (p.makeToStock) {
            double days = p.line.replenishmentDays(p, p.backorderedUnits + o.quantity - p.onHand());
            if (!Double.isNaN(days)) {
                return days;
            }
        }
        return p.line.capableToPromiseDays(p.hoursFor(o.quantity), importance, due);
    }

    /** A line finished a job: stock is replenished, or a customer order moves on to fulfilment. */
    void finished(LineModel line, LineJob job) {
        ProductModel p = job.product;
        long made = (long) Math.ceil(job.units / (1 - p.spec.scrapRate()) - 1e-9);
        books.unitsMade += made;
        books.unitsScrappedInProduction += made - job.units;
        metrics.produced(made, made - job.units);
        p.periodProduced += job.units;
        if (job.order == null) {
            p.onOrder -= job.units;
            p.stock.add(ctx.sim().time(), job.units);
            fulfilment.stockArrived(p);
        } else {
            books.staged(job.units);
            if (job.order.traced) {
                ctx.trace(job.order, Step.SCHEDULING, "finish", () -> job.units + " units made on line " + line.spec.id());
            }
            fulfilment.produced(job.order);
        }
    }

    void newPeriod() {
        for (LineModel line : lines) {
            line.expeditesThisPeriod = 0;
        }
    }

    private void review() {
        Steps.Scheduling s = scheduling;
        double now = ctx.sim().time();
        for (LineModel line : lines) {
            for (LineJob job : line.queued()) {
                Order o = job.order;
                if (o == null || job.expedite || o.escalationConsidered || !atRisk(o, job, now, s)) {
                    continue;
                }
                o.escalationConsidered = true;
                // marketing's own draw (seed: its own list of urgent orders) matters only to the siloed rule
                Escalation decision = escalation.decide(new EscalationView(o.segment.spec.importance(),
                        o.promisedAt, line.expeditesThisPeriod, o.u[Draw.ESCALATE]));
                switch (decision.action()) {
                    case EXPEDITE -> {
                        line.expeditesThisPeriod++;
                        job.expedite = true;
                        metrics.escalation();
                        if (o.traced) {
                            ctx.trace(o, Step.SCHEDULING, "decision", decision::reason);
                        }
                    }
                    case ESCALATE -> escalate(o, job, decision);
                    case NONE -> {
                    }
                }
            }
        }
    }

    /**
     * An order waiting on its line is at risk when the days left before its promise no longer
     * cover its own production, the way to the customer (with installation on site, if any) and a
     * safety margin of urgentSlackDays:
     * the state, not a fixed delay after placement, decides when marketing starts to worry.
     */
    private boolean atRisk(Order o, LineJob job, double now, Steps.Scheduling s) {
        double made = now + job.product.line.calendarDays(job.hours);
        double arrival = made + (ships ? fulfilment.shippingEstimate() : 0);
        double done = arrival + fulfilment.installationEstimate(job.product, arrival);
        return o.promisedAt - done < s.urgentSlackDays();
    }

    /** Marketing spends time pushing the order; then production must take it next. */
    private void escalate(Order o, LineJob job, Escalation decision) {
        metrics.escalation();
        if (o.traced) {
            ctx.trace(o, Step.SCHEDULING, "decision", decision::reason);
        }
        marketing.submitUntracked(o, Step.SCHEDULING, marketingTime.sample(o.u[Draw.MARKETING_TIME]), 0,
                Account.COORDINATION, order -> {
                    if (!job.product.line.queued().contains(job)) {
                        return; // started meanwhile
                    }
                    job.expedite = true;
                });
    }

    private final class Review extends Event {
        Review() {
            super(ctx.sim());
            setPriority(0.7);
        }

        @Override
        public void actions() {
            review();
            schedule(calendar.nextDayStart(ctx.sim().time()) - ctx.sim().time());
        }
    }
}
