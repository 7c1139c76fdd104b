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
        @Range(min = 0) double pickupIntervalDays,
        @Doc("The carrier collects each shipment as soon as it is ready instead of at the next scheduled pick-up (a paid service, whatever the policy)")
        @Default("false") boolean onDemandPickup,
        @Doc("Fee for one on-demand pick-up, added to the cost of each shipment collected on demand") @Default("0")
        @Range(min = 0) double onDemandPickupCost) {
}
