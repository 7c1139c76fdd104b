package org.ordercycle.model;

import org.ordercycle.model.rules.service.CallView;
import org.ordercycle.model.rules.service.ServiceCall;
import org.ordercycle.model.rules.service.VisitOutcome;
import org.ordercycle.model.rules.service.VisitView;
import org.ordercycle.stats.Ledger.Account;

/**
 * Step 10: after-sales service. A technician who lacks the customer's context (what was sold,
 * what happened since) needs extra diagnosis time on site and more often leaves the problem
 * unfixed, so that a second visit follows; the second visit is made with the context the first
 * one gathered. With service-link, sales briefs the technician before the first visit (sales
 * time), so longer and repeated visits arise only from the missing context. Every visit may
 * reveal a new need of the customer: siloed, the technician does not pass it on; with
 * service-link it reaches sales as a new lead.
 */
final class ServiceFlow {
    private final Company c;
    private long visits;
    private double daysOnSite;
    private long needsRevealed;
    private long leadsPassedOn;

    ServiceFlow(Company c) {
        this.c = c;
    }

    /** Service visits finished so far (warm-up included). */
    long visitsMade() {
        return visits;
    }

    /** Working days technicians spent on the visits finished so far (one technician per visit counted). */
    double daysOnSite() {
        return daysOnSite;
    }

    /** Needs revealed by service visits so far, passed on to sales or not. */
    long needsRevealed() {
        return needsRevealed;
    }

    /**
     * Leads passed on to sales by service visits so far: the service insight that reaches the
     * rest of the company, zero without service-link. Planning may read it; it counts from the
     * start of the run (warm-up included) and only grows.
     */
    long insightLeadsAnnounced() {
        return leadsPassedOn;
    }

    /** At delivery: the service rule decides whether the customer will call and whether sales briefs the technician. */
    void delivered(Order o) {
        if (!c.rules.performs(Step.SERVICE) || c.technicians.isEmpty()) {
            return;
        }
        ServiceCall call = c.rules.service.call(new CallView(o.u[Draw.SERVICE_NEED], o.segment.spec.serviceNeed()));
        if (!call.visitNeeded()) {
            return;
        }
        double delay = c.samplers.serviceRequestDelay.sample(o.u[Draw.SERVICE_DELAY]);
        Delay.after(c.sim, delay, () -> request(o, call));
    }

    private void request(Order o, ServiceCall call) {
        if (o.traced) {
            c.context.traceAs(o, Step.SERVICE, "service", "arrive", call::reason);
        }
        if (call.briefed()) {
            c.sales.submitAside(o, Step.SERVICE, c.samplers.briefingTime.sample(o.u[Draw.BRIEFING_TIME]), 0,
                    Account.COORDINATION, order -> visit(order, 0, true));
        } else {
            visit(o, 0, false);
        }
    }

    /** Visit number {@code attempt} (0 or 1); the technician has the customer's context or not. */
    private void visit(Order o, int attempt, boolean context) {
        double visit = c.samplers.visitTime.sample(Draw.rotate(o.u[Draw.VISIT_TIME], attempt));
        double work = context ? visit : visit + c.samplers.diagnosisTime.sample(o.u[Draw.DIAGNOSIS_TIME]);
        int[] skills = c.technicians.indices(o.product.spec.installSkills());
        c.technicians.request(o, Step.SERVICE, skills, work, order -> {
            visits++;
            daysOnSite += work;
            visited(order, attempt, context);
        });
    }

    private void visited(Order o, int attempt, boolean context) {
        VisitOutcome out = c.rules.service.visited(new VisitView(attempt, context, o.u[Draw.REPEAT],
                o.u[Draw.CONTEXT_UNFIXED], o.u[attempt == 0 ? Draw.SERVICE_LEAD : Draw.SECOND_SERVICE_LEAD]));
        c.metrics.serviceVisit(o, out.again(), c.sim.time());
        if (o.traced) {
            c.context.traceAs(o, Step.SERVICE, "service", "finish", out::reason);
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
        if (o.traced) {
            c.context.traceAs(o, Step.SERVICE, "service", "decision", out::needReason);
        }
        if (out.passedOn()) {
            leadsPassedOn++;
            c.salesFlow.serviceLead(o.segment);
        }
    }
}
