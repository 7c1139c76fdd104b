package org.ordercycle.model.rules.qualification;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the qualification rules (see {@link Steps.Generation} and {@link Steps.Pricing}
 * for their meaning and sources).
 *
 * @param minQualifiedSize  units below which sales does not pursue a lead on size alone
 * @param idleLoadDays      below this many days of backlog a line has spare capacity
 * @param congestedLoadDays above this many days of backlog a line is congested
 */
public record QualificationParams(double minQualifiedSize, double idleLoadDays, double congestedLoadDays) {

    /** The parameters a scenario's generation and pricing steps give. */
    public static QualificationParams of(Steps.Generation g, Steps.Pricing p) {
        return new QualificationParams(g.minQualifiedSize(), p.idleLoadDays(), g.congestedLoadDays());
    }
}
