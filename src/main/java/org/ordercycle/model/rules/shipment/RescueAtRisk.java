package org.ordercycle.model.rules.shipment;

/**
 * Promise tracking: an order expected done later than {@code marginDays} before its promise goes
 * by premium freight; the others by standard freight.
 */
public record RescueAtRisk(double marginDays) implements ShipmentRule {

    @Override
    public Shipment decide(ShipmentView v) {
        return new Shipment(v.expectedDone() > v.promisedAt() - marginDays, v.promisedAt());
    }
}
