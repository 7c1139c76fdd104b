package org.ordercycle.model.rules.shipment;

/** Siloed: nobody watches the promised date; everything goes by standard freight. */
public record StandardFreight() implements ShipmentRule {

    @Override
    public Shipment decide(ShipmentView v) {
        return new Shipment(false, v.promisedAt());
    }
}
