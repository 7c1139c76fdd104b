package org.ordercycle.model.dept;

import static org.ordercycle.model.dept.Text.fmt;

import java.util.List;
import org.ordercycle.engine.Sampler;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.Draw;
import org.ordercycle.model.LineJob;
import org.ordercycle.model.LineModel;
import org.ordercycle.model.Order;
import org.ordercycle.model.ProductModel;
import org.ordercycle.model.Step;
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
public final class Production implements OrderReceiver, ProductionEstimate {
    private final Context ctx;
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
    private final Books books;
    private final Probe probe;
    /** Where finished goods go; set once fulfilment exists (it hands make-to-order work back here). */
    private GoodsMade goods;
    /** How long goods take from the line to the customer. */
    private DeliveryEstimate delivery;

    /** Where production's work is reported (the measures). */
    public interface Probe {
        /** A job made {@code made} units, {@code scrapped} of them scrapped. */
        void produced(long made, long scrapped);

        /** An order at risk was expedited or escalated. */
        void escalation();
    }

    public Production(Context ctx, EscalationRule escalation, Steps.Scheduling scheduling, boolean ships,
            WorkCalendar calendar, List<LineModel> lines, Department marketing, Sampler marketingTime, Books books,
            Probe probe) {
        this.ctx = ctx;
        this.escalation = escalation;
        this.scheduling = scheduling;
        this.ships = ships;
        this.calendar = calendar;
        this.lines = lines;
        this.marketing = marketing;
        this.marketingTime = marketingTime;
        this.books = books;
        this.probe = probe;
    }

    /** Finished goods go to {@code goods}; {@code delivery} estimates their way to the customer. */
    public void handGoodsTo(GoodsMade goods, DeliveryEstimate delivery) {
        this.goods = goods;
        this.delivery = delivery;
    }

    /** Starts the daily review of orders at risk. */
    public void start() {
        if (escalation != null) { // without scheduling nobody reviews orders at risk
            new Review().schedule(calendar.nextOpen(0));
        }
    }

    /** A make-to-order order joins its line's queue. */
    @Override
    public void receive(Order o) {
        o.receive(ctx.sim().time(), "production", Step.SCHEDULING);
        ProductModel p = o.product();
        if (o.traced()) {
            ctx.trace(o, Step.SCHEDULING, "wait", () -> "queued on line " + p.lineId() + " behind "
                    + fmt(p.lineLoadDays()) + " days of work");
        }
        p.line().add(p, o.quantity(), o, o.promisedAt(), o.segmentSpec().importance());
    }

    /**
     * Days until the goods of an order not served from stock are made: for a make-to-stock item,
     * when the next replenishment that covers it (after the backorders before it) is done; for a
     * make-to-order item, or when no queued replenishment covers it, when a job of its own would be.
     */
    @Override
    public double productionDays(Order o, double importance, double due) {
        ProductModel p = o.product();
        if (p.makeToStock()) {
            double days = p.line().replenishmentDays(p, p.backorderedUnits() + o.quantity() - p.onHand());
            if (!Double.isNaN(days)) {
                return days;
            }
        }
        return p.line().capableToPromiseDays(p.hoursFor(o.quantity()), importance, due);
    }

    /** A line finished a job: stock is replenished, or a customer order moves on to fulfilment. */
    public void finished(LineModel line, LineJob job) {
        ProductModel p = job.product();
        int units = job.units();
        long made = (long) Math.ceil(units / (1 - p.spec().scrapRate()) - 1e-9);
        books.made(made, made - units);
        probe.produced(made, made - units);
        p.addProduced(units);
        Order o = job.order();
        if (o == null) {
            p.replenished(ctx.sim().time(), units);
            goods.stockArrived(p);
        } else {
            books.staged(units);
            if (o.traced()) {
                ctx.trace(o, Step.SCHEDULING, "finish", () -> units + " units made on line " + line.id());
            }
            goods.produced(o);
        }
    }

    /** A new planning period: each line's budget of expedited orders starts again. */
    public void newPeriod() {
        for (LineModel line : lines) {
            line.resetExpedites();
        }
    }

    private void review() {
        Steps.Scheduling s = scheduling;
        double now = ctx.sim().time();
        for (LineModel line : lines) {
            for (LineJob job : line.queued()) {
                Order o = job.order();
                if (o == null || job.expedite() || o.escalationConsidered() || !atRisk(o, job, now, s)) {
                    continue;
                }
                o.considerEscalation();
                // marketing's own draw (seed: its own list of urgent orders) matters only to the siloed rule
                Escalation decision = escalation.decide(new EscalationView(o.segmentSpec().importance(),
                        o.promisedAt(), line.expeditesThisPeriod(), o.draw(Draw.ESCALATE)));
                switch (decision.action()) {
                    case EXPEDITE -> {
                        line.expedited();
                        job.markExpedite();
                        probe.escalation();
                        if (o.traced()) {
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
        double made = now + job.product().line().calendarDays(job.hours());
        double arrival = made + (ships ? delivery.shippingEstimate() : 0);
        double done = arrival + delivery.installationEstimate(job.product(), arrival);
        return o.promisedAt() - done < s.urgentSlackDays();
    }

    /** Marketing spends time pushing the order; then production must take it next. */
    private void escalate(Order o, LineJob job, Escalation decision) {
        probe.escalation();
        if (o.traced()) {
            ctx.trace(o, Step.SCHEDULING, "decision", decision::reason);
        }
        marketing.submitUntracked(o, Step.SCHEDULING, marketingTime.sample(o.draw(Draw.MARKETING_TIME)), 0,
                Account.COORDINATION, order -> {
                    if (!job.product().line().queued().contains(job)) {
                        return; // started meanwhile
                    }
                    job.markExpedite();
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
