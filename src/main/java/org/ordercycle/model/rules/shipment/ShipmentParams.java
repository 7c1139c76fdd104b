package org.ordercycle.model.rules.shipment;

import org.ordercycle.scenario.Steps;

/** Parameters of the shipment rules (see {@link Steps.Fulfilment} for their meaning and sources). */
public record ShipmentParams(double rescueMarginDays) {

    /** The parameters a scenario's fulfilment step gives. */
    public static ShipmentParams of(Steps.Fulfilment f) {
        return new ShipmentParams(f.rescueMarginDays());
    }
}
