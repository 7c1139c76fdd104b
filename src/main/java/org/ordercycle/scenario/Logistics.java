package org.ordercycle.scenario;

/** The logistics provider that carries shipments to customers. */
@Doc("Logistics provider")
public record Logistics(
        @Doc("Transit time of a standard shipment, in days (unit ignored)") @Default("{dist: triangular, min: 1, mode: 2, max: 5}")
        Dist transit,
        @Doc("Transit time of a premium (expedited) shipment, in days (unit ignored)")
        @Default("{dist: triangular, min: 0.5, mode: 1, max: 1.5}") Dist premiumTransit,
        @Doc("Cost of a standard shipment") @Default("80") @Range(min = 0) double shipmentCost,
        @Doc("Cost of a premium shipment") @Default("400") @Range(min = 0) double premiumShipmentCost,
        @Doc("Days between two pick-ups at the dock when nobody coordinates hand-offs") @Default("1")
        @Range(min = 0) double pickupIntervalDays) {
}
