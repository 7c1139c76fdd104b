package org.ordercycle.model.rules.escalation;

import org.ordercycle.scenario.Steps;

/** Parameters of the escalation rules (see {@link Steps.Scheduling} for their meaning and sources). */
public record EscalationParams(double escalationProbability, double expediteMinImportance,
                               int expediteBudgetPerPeriod) {

    /** The parameters a scenario's scheduling step gives. */
    public static EscalationParams of(Steps.Scheduling s) {
        return new EscalationParams(s.escalationProbability(), s.expediteMinImportance(), s.expediteBudgetPerPeriod());
    }
}
