package org.ordercycle.model;

import static org.ordercycle.model.dept.Text.fmt;

import org.ordercycle.model.dept.OrderReceiver;
import org.ordercycle.model.dept.ProductionEstimate;
import org.ordercycle.model.rules.escalation.Escalation;
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
    private final Company c;

    Production(Company c) {
        this.c = c;
    }

    void start() {
        if (c.rules.performs(Step.SCHEDULING)) { // without scheduling nobody reviews orders at risk
            new Review().schedule(c.calendar.nextOpen(0));
        }
    }

    /** A make-to-order order joins its line's queue. */
    @Override
    public void receive(Order o) {
        o.receive(c.sim.time(), "production", Step.SCHEDULING);
        if (o.traced) {
            c.context.trace(o, Step.SCHEDULING, "wait", () -> "queued on line " + o.product.line.spec.id() + " behind "
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
        c.books.unitsMade += made;
        c.books.unitsScrappedInProduction += made - job.units;
        c.metrics.produced(made, made - job.units);
        p.periodProduced += job.units;
        if (job.order == null) {
            p.onOrder -= job.units;
            p.stock.add(c.sim.time(), job.units);
            c.fulfilment.stockArrived(p);
        } else {
            c.books.staged(job.units);
            if (job.order.traced) {
                c.context.trace(job.order, Step.SCHEDULING, "finish", () -> job.units + " units made on line " + line.spec.id());
            }
            c.fulfilment.produced(job.order);
        }
    }

    void newPeriod() {
        for (LineModel line : c.lines) {
            line.expeditesThisPeriod = 0;
        }
    }

    private void review() {
        Steps.Scheduling s = c.scenario.steps().scheduling();
        double now = c.sim.time();
        for (LineModel line : c.lines) {
            for (LineJob job : line.queued()) {
                Order o = job.order;
                if (o == null || job.expedite || o.escalationConsidered || !atRisk(o, job, now, s)) {
                    continue;
                }
                o.escalationConsidered = true;
                // marketing's own draw (seed: its own list of urgent orders) matters only to the siloed rule
                Escalation decision = c.rules.escalation.decide(new EscalationView(o.segment.spec.importance(),
                        o.promisedAt, line.expeditesThisPeriod, o.u[Draw.ESCALATE]));
                switch (decision.action()) {
                    case EXPEDITE -> {
                        line.expeditesThisPeriod++;
                        job.expedite = true;
                        c.metrics.escalation();
                        if (o.traced) {
                            c.context.trace(o, Step.SCHEDULING, "decision", decision::reason);
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
        double arrival = made + (c.rules.performs(Step.FULFILMENT) ? c.fulfilment.shippingEstimate() : 0);
        double done = arrival + c.fulfilment.installationEstimate(job.product, arrival);
        return o.promisedAt - done < s.urgentSlackDays();
    }

    /** Marketing spends time pushing the order; then production must take it next. */
    private void escalate(Order o, LineJob job, Escalation decision) {
        c.metrics.escalation();
        if (o.traced) {
            c.context.trace(o, Step.SCHEDULING, "decision", decision::reason);
        }
        c.marketing.submitUntracked(o, Step.SCHEDULING, c.samplers.marketingTime.sample(o.u[Draw.MARKETING_TIME]), 0,
                Account.COORDINATION, order -> {
                    if (!job.product.line.queued().contains(job)) {
                        return; // started meanwhile
                    }
                    job.expedite = true;
                });
    }

    private final class Review extends Event {
        Review() {
            super(c.sim);
            setPriority(0.7);
        }

        @Override
        public void actions() {
            review();
            schedule(c.calendar.nextDayStart(c.sim.time()) - c.sim.time());
        }
    }
}
