package org.ordercycle.model.rules.service;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the service rules (see {@link Steps.Service} for their meaning and sources).
 *
 * @param unfixedProbability    probability that a visit with the customer's context leaves the problem unfixed
 * @param unfixedWithoutContext further probability that a visit without the context leaves it unfixed
 * @param needRevealedPerVisit  probability that a visit reveals a new need of the customer
 */
public record ServiceParams(double unfixedProbability, double unfixedWithoutContext, double needRevealedPerVisit) {

    /** The parameters a scenario's service step gives. */
    public static ServiceParams of(Steps.Service s) {
        return new ServiceParams(s.unfixedProbability(), s.unfixedWithoutContext(), s.needRevealedPerVisit());
    }
}
