package org.ordercycle.model.rules.service;

/**
 * Service linked to sales: sales briefs the technician on the customer's context before the first
 * visit, and the technician passes a need the visit reveals on to sales as a lead.
 */
public record BriefedBySales(ServiceParams params) implements ServiceRule {

    @Override
    public ServiceCall call(CallView v) {
        return new ServiceCall(ServiceRule.needed(v), true);
    }

    @Override
    public VisitOutcome visited(VisitView v) {
        return ServiceRule.judge(params, v, true);
    }
}
