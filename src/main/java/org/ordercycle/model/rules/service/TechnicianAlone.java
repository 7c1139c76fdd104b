package org.ordercycle.model.rules.service;

/**
 * Service out of touch with sales: the technician goes to the first visit without the customer's
 * context (what was sold, what happened since) and keeps a need the visit reveals to itself.
 */
public record TechnicianAlone(ServiceParams params) implements ServiceRule {

    @Override
    public ServiceCall call(CallView v) {
        return new ServiceCall(ServiceRule.needed(v), false);
    }

    @Override
    public VisitOutcome visited(VisitView v) {
        return ServiceRule.judge(params, v, false);
    }
}
