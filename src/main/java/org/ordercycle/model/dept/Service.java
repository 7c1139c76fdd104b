package org.ordercycle.model.dept;

import java.util.List;
import java.util.function.Consumer;
import org.ordercycle.engine.Sampler;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.Context;
import org.ordercycle.model.Department;
import org.ordercycle.model.Draw;
import org.ordercycle.model.Order;
import org.ordercycle.model.SkillPool;
import org.ordercycle.model.Step;
import org.ordercycle.model.rules.service.CallView;
import org.ordercycle.model.rules.service.ServiceCall;
import org.ordercycle.model.rules.service.ServiceRule;
import org.ordercycle.model.rules.service.VisitOutcome;
import org.ordercycle.model.rules.service.VisitView;
import org.ordercycle.scenario.Departments;
import org.ordercycle.stats.Ledger.Account;

/**
 * Step 10: after-sales service. A technician who lacks the customer's context (what was sold,
 * what happened since) needs extra diagnosis time on site and more often leaves the problem
 * unfixed, so that a second visit follows; the second visit is made with the context the first
 * one gathered. With service-link, sales briefs the technician before the first visit (sales
 * time), so longer and repeated visits arise only from the missing context. Every visit may
 * reveal a new need of the customer: siloed, the technician does not pass it on; with
 * service-link it reaches sales as a new lead. Service owns the technicians; they also install
 * goods on site for fulfilment ({@link Installers}).
 */
public final class Service implements Installers, DeliveryReceiver {
    /** The name service's work on an order is reported under. */
    private static final String OWNER = "service";

    private final Context ctx;
    /** The service rule; null when the company does not perform the step. */
    private final ServiceRule rule;
    private final SkillPool technicians;
    /** Sales staff, who brief the technician when the rule says so. */
    private final Department sales;
    private final Times times;
    private final VisitProbe probe;
    private final LeadReceiver leads;
    private long visits;
    private double daysOnSite;
    private long needsRevealed;
    private long leadsPassedOn;

    /** The working times of a service call, each sampled from the order's own uniforms. */
    public record Times(Sampler requestDelay, Sampler briefing, Sampler visit, Sampler diagnosis) {
    }

    /** Where a finished visit is reported (the measures). */
    @FunctionalInterface
    public interface VisitProbe {
        void visited(Order o, boolean repeat, double now);
    }

    /** Service with the technicians of {@code skills}, who work on {@code calendar}. */
    public Service(Context ctx, ServiceRule rule, List<Departments.Skill> skills, WorkCalendar calendar,
            Department sales, Times times, VisitProbe probe, LeadReceiver leads) {
        this.ctx = ctx;
        this.rule = rule;
        this.technicians = new SkillPool(ctx.sim(), calendar, skills);
        this.sales = sales;
        this.times = times;
        this.probe = probe;
        this.leads = leads;
    }

    /** What the technicians of every skill cost over the calendar's working time in [from, to). */
    public double techniciansShiftCost(double from, double to) {
        return technicians.shiftCost(from, to);
    }

    @Override
    public void install(Order o, double work, Consumer<Order> done) {
        technicians.request(o, Step.FULFILMENT, technicians.indices(o.productSpec().installSkills()), work, done);
    }

    /** Service visits finished so far (warm-up included). */
    public long visitsMade() {
        return visits;
    }

    /** Working days technicians spent on the visits finished so far (one technician per visit counted). */
    public double daysOnSite() {
        return daysOnSite;
    }

    /** Needs revealed by service visits so far, passed on to sales or not. */
    public long needsRevealed() {
        return needsRevealed;
    }

    /**
     * Leads passed on to sales by service visits so far: the service insight that reaches the
     * rest of the company, zero without service-link. Planning may read it; it counts from the
     * start of the run (warm-up included) and only grows.
     */
    public long insightLeadsAnnounced() {
        return leadsPassedOn;
    }

    /** At delivery: the service rule decides whether the customer will call and whether sales briefs the technician. */
    @Override
    public void delivered(Order o) {
        if (rule == null || technicians.isEmpty()) {
            return;
        }
        ServiceCall call = rule.call(new CallView(o.draw(Draw.SERVICE_NEED), o.segmentSpec().serviceNeed()));
        if (!call.visitNeeded()) {
            return;
        }
        double delay = times.requestDelay().sample(o.draw(Draw.SERVICE_DELAY));
        ctx.after(delay, () -> request(o, call));
    }

    private void request(Order o, ServiceCall call) {
        if (o.traced()) {
            ctx.traceAs(o, Step.SERVICE, OWNER, "arrive", call::reason);
        }
        if (call.briefed()) {
            sales.submitAside(o, Step.SERVICE, times.briefing().sample(o.draw(Draw.BRIEFING_TIME)), 0,
                    Account.COORDINATION, order -> visit(order, 0, true));
        } else {
            visit(o, 0, false);
        }
    }

    /** Visit number {@code attempt} (0 or 1); the technician has the customer's context or not. */
    private void visit(Order o, int attempt, boolean context) {
        double visit = times.visit().sample(o.draw(Draw.VISIT_TIME, attempt));
        double work = context ? visit : visit + times.diagnosis().sample(o.draw(Draw.DIAGNOSIS_TIME));
        int[] skills = technicians.indices(o.productSpec().installSkills());
        technicians.request(o, Step.SERVICE, skills, work, order -> {
            visits++;
            daysOnSite += work;
            visited(order, attempt, context);
        });
    }

    private void visited(Order o, int attempt, boolean context) {
        VisitOutcome out = rule.visited(new VisitView(attempt, context, o.draw(Draw.REPEAT),
                o.draw(Draw.CONTEXT_UNFIXED), o.draw(attempt == 0 ? Draw.SERVICE_LEAD : Draw.SECOND_SERVICE_LEAD)));
        probe.visited(o, out.again(), ctx.sim().time());
        if (o.traced()) {
            ctx.traceAs(o, Step.SERVICE, OWNER, "finish", out::reason);
        }
        passOnNeed(o, out);
        if (out.again()) {
            visit(o, 1, true); // the first visit gathered the context
        }
    }

    /** A need the visit revealed reaches sales as a lead when the rule passes it on. */
    private void passOnNeed(Order o, VisitOutcome out) {
        if (!out.needRevealed()) {
            return;
        }
        needsRevealed++;
        if (o.traced()) {
            ctx.traceAs(o, Step.SERVICE, OWNER, "decision", out::needReason);
        }
        if (out.passedOn()) {
            leadsPassedOn++;
            leads.lead(o);
        }
    }
}
