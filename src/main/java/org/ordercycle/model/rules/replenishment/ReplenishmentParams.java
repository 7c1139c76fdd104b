package org.ordercycle.model.rules.replenishment;

import org.ordercycle.scenario.Steps;

/** Parameters of the replenishment rules (see {@link Steps.Planning} for their meaning and sources). */
public record ReplenishmentParams(double safetyFactor, double stockAdjustment, double supplyLineWeight) {

    /** The parameters a scenario's planning step gives. */
    public static ReplenishmentParams of(Steps.Planning p) {
        return new ReplenishmentParams(p.safetyFactor(), p.stockAdjustment(), p.supplyLineWeight());
    }
}
