package org.ordercycle.model;

import org.ordercycle.policy.Lever;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Ledger.Account;

/**
 * Step 10: after-sales service. Without a link to sales, technicians arrive without context:
 * longer visits, more repeat visits, and what they learn is lost. With service-link, sales
 * briefs them first, and their insight comes back as new leads (and, in planning, as lower
 * forecast error).
 */
final class ServiceFlow {
    private final Company c;

    ServiceFlow(Company c) {
        this.c = c;
    }

    void delivered(Order o) {
        Steps.Service s = c.scenario.steps().service();
        if (!s.enabled() || c.technicians.isEmpty() || o.u[Draw.SERVICE_NEED] >= o.segment.spec.serviceNeed()) {
            return;
        }
        double delay = c.samplers.serviceRequestDelay.sample(o.u[Draw.SERVICE_DELAY]);
        Delay.after(c.sim, delay, () -> request(o));
    }

    private void request(Order o) {
        if (o.traced) {
            c.traceAs(o, Step.SERVICE, "service", "arrive", () -> "customer calls for service");
        }
        if (c.joint(Lever.SERVICE_LINK)) {
            c.sales.submitAside(o, Step.SERVICE, c.samplers.briefingTime.sample(o.u[Draw.BRIEFING_TIME]), 0,
                    Account.COORDINATION, order -> visit(order, 0));
        } else {
            visit(o, 0);
        }
    }

    private void visit(Order o, int attempt) {
        Steps.Service s = c.scenario.steps().service();
        boolean linked = c.joint(Lever.SERVICE_LINK);
        double work = c.samplers.visitTime.sample(Draw.rotate(o.u[Draw.VISIT_TIME], attempt));
        if (!linked) {
            work *= 1 + s.contextPenalty();
        }
        int[] skills = c.technicians.indices(o.product.spec.installSkills());
        c.technicians.request(o, Step.SERVICE, skills, work, order -> visited(order, attempt));
    }

    private void visited(Order o, int attempt) {
        Steps.Service s = c.scenario.steps().service();
        boolean linked = c.joint(Lever.SERVICE_LINK);
        double repeat = linked ? s.briefedRepeatProbability() : s.repeatProbability();
        boolean again = attempt == 0 && o.u[Draw.REPEAT] < repeat;
        c.metrics.serviceVisit(o, again, c.sim.time());
        if (o.traced) {
            c.traceAs(o, Step.SERVICE, "service", "finish", () -> again ? "visit did not solve the problem: a second visit is needed"
                    : "service visit done" + (linked ? "; insight passed to sales" : ""));
        }
        if (again) {
            visit(o, 1);
            return;
        }
        if (linked && o.u[Draw.SERVICE_LEAD] < s.leadsPerVisit()) {
            c.salesFlow.serviceLead(o.segment);
        }
    }
}
