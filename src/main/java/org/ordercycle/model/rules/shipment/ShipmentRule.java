package org.ordercycle.model.rules.shipment;

/** Step 7's shipment decision point: standard or premium freight for goods leaving now. */
public interface ShipmentRule {

    /** A pure function of the view and the rule's parameters. */
    Shipment decide(ShipmentView view);
}
