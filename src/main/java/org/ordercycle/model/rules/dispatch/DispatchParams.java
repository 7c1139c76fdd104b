package org.ordercycle.model.rules.dispatch;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the dispatch rules (see {@link Steps.Scheduling} for their meaning and sources).
 *
 * @param scheduling false when the scenario switches step 6 off: every line is first come, first served
 */
public record DispatchParams(boolean scheduling, double campaignDays, double urgentSlackDays) {

    /** The parameters a scenario's scheduling step gives. */
    public static DispatchParams of(Steps.Scheduling s) {
        return new DispatchParams(s.enabled(), s.campaignDays(), s.urgentSlackDays());
    }
}
