package org.ordercycle.model.rules.dispatch;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the dispatch rules (see {@link Steps.Scheduling} for their meaning and sources).
 */
public record DispatchParams(double campaignDays, double urgentSlackDays) {

    /** The parameters a scenario's scheduling step gives. */
    public static DispatchParams of(Steps.Scheduling s) {
        return new DispatchParams(s.campaignDays(), s.urgentSlackDays());
    }
}
