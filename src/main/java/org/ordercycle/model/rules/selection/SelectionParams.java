package org.ordercycle.model.rules.selection;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the selection rules (see {@link Steps.Selection} for their meaning and sources).
 *
 * @param juniorMinSize     units below which the sales desk refuses an order
 * @param capacityLimitDays line backlog (days) beyond which executives call capacity short
 * @param minStrategicValue strategic value below which executives refuse when capacity is short
 */
public record SelectionParams(double juniorMinSize, double capacityLimitDays, double minStrategicValue) {

    /** The parameters a scenario's selection step gives. */
    public static SelectionParams of(Steps.Selection s) {
        return new SelectionParams(s.juniorMinSize(), s.capacityLimitDays(), s.minStrategicValue());
    }
}
