package org.ordercycle.scenario;

import java.util.List;

/** A product family: price, cost, how it is made and delivered. */
@Doc("A product family")
public record Product(
        @Doc("Identifier, referenced by segments' productMix") String id,
        @Doc("Products sharing a family can be substituted for flexible customers; default: the id")
        @Default("\"\"") String family,
        @Doc("Production line that makes it") @Ref("lines") String line,
        @Doc("List price per unit") @Range(min = 0, minExclusive = true) double listPrice,
        @Doc("Variable cost per unit (materials and direct cost)") @Range(min = 0) double unitCost,
        @Doc("Units produced per line hour") @Range(min = 0, minExclusive = true) double ratePerHour,
        @Doc("Line set-up time when the line switches to this product") @Default("{dist: deterministic, value: 2, unit: hour}")
        Dist changeoverTime,
        @Doc("Cost of one changeover to this product (scrap, labour)") @Default("500") @Range(min = 0) double changeoverCost,
        @Doc("Share of produced units scrapped") @Default("0.01") @Range(min = 0, max = 1, maxExclusive = true) double scrapRate,
        @Doc("makeToStock: shipped from stock, replenished by the plan; makeToOrder: produced for each order")
        Strategy strategy,
        @Doc("warehouse: shipped from stock; direct: shipped from the line; onSite: assembled at the customer site")
        @Default("warehouse") DeliveryMode delivery,
        @Doc("Units in the warehouse at time 0") @Default("0") @Range(min = 0, max = 1e9) double initialStock,
        @Doc("Lead time junior staff promise whatever the load, in days") @Default("10") @Range(min = 0)
        double standardLeadTimeDays,
        @Doc("Skills that must all be present at once for on-site assembly or installation") @Default("[]")
        @Ref("skills") List<String> installSkills,
        @Doc("Duration of on-site assembly or installation") @Default("{dist: deterministic, value: 0}") Dist installTime,
        @Doc("Volume discounts of the price list, by increasing minQuantity") @Default("[]")
        List<VolumeDiscount> volumeDiscounts) {

    /** The family used for substitution: {@link #family()} or the id when blank. */
    public String familyOrId() {
        return family == null || family.isBlank() ? id : family;
    }

    /** Make-to-stock or make-to-order. */
    public enum Strategy { makeToStock, makeToOrder }

    /** Where the goods leave from. */
    public enum DeliveryMode { warehouse, direct, onSite }

    /** One step of the volume-discount price list. */
    @Doc("Discount granted from a quantity on")
    public record VolumeDiscount(
            @Doc("Smallest order quantity that gets the discount") @Range(min = 0) double minQuantity,
            @Doc("Discount as a share of the list price") @Range(min = 0, max = 1, maxExclusive = true) double discount) {
    }
}
