package org.ordercycle.scenario;

import java.util.Map;

/** A customer segment: how its customers arrive, buy, pay, return and need service. */
@Doc("A customer segment")
public record Segment(
        @Doc("Identifier") String id,
        @Doc("Strategic importance weight (1 = ordinary, 3 = key account)") @Default("1")
        @Range(min = 0, minExclusive = true) double importance,
        @Doc("Mean number of leads (inquiries) per calendar day, before seasonality and trend")
        @Range(min = 0, minExclusive = true) double leadsPerDay,
        @Doc("Relative amplitude of a yearly sinusoidal seasonality") @Default("0") @Range(min = 0, max = 1, maxExclusive = true)
        double seasonalityAmplitude,
        @Doc("Day of the year of the seasonal peak") @Default("0") @Range(min = 0, max = 365) double seasonalityPeakDay,
        @Doc("Relative growth of the lead rate per year") @Default("0") @Range(min = -0.9, max = 10) double trendPerYear,
        @Doc("Order size in units (rounded up to a whole unit, at least 1)") Dist orderSize,
        @Doc("Share of leads for each product (normalised to sum 1)") @Ref("products") @Range(min = 0)
        Map<String, Double> productMix,
        @Doc("Lead time the customer asks for, in days (unit ignored)") Dist requestedLeadTime,
        @Doc("Probability to accept a quote at list price and requested lead time") @Default("0.8")
        @Range(min = 0, max = 1) double baseAcceptance,
        @Doc("Acceptance falls as exp(-priceSensitivity x relative price increase); rises (up to 1) with a discount")
        @Default("4") @Range(min = 0) double priceSensitivity,
        @Doc("Relative lateness of the promise over the request that the customer accepts without hesitation")
        @Default("0.2") @Range(min = 0) double leadTimeTolerance,
        @Doc("Beyond the tolerance, acceptance falls as exp(-leadTimeSensitivity x relative excess)")
        @Default("2") @Range(min = 0) double leadTimeSensitivity,
        @Doc("Share of customers willing to take a substitute product of the same family") @Default("0.3")
        @Range(min = 0, max = 1) double flexibleShare,
        @Doc("Probability that sales agrees a special discount with the customer") @Default("0.1")
        @Range(min = 0, max = 1) double specialDiscountProbability,
        @Doc("Size of a special discount, as a share of the price") @Default("0.05") @Range(min = 0, max = 1, maxExclusive = true)
        double specialDiscount,
        @Doc("Share of delivered orders returned") @Default("0.03") @Range(min = 0, max = 1) double returnRate,
        @Doc("Days from delivery to the return request (unit ignored)") @Default("{dist: exponential, mean: 10}")
        Dist returnDelay,
        @Doc("Invoice format the customer wants (e.g. edi, portal, paper)") @Default("paper") String billingFormat,
        @Doc("Share of customers who insist on their own invoice format; the others accept the company's")
        @Default("1") @Range(min = 0, max = 1) double formatStrictShare,
        @Doc("Days the customer takes to pay a correct invoice (unit ignored)") @Default("{dist: gamma, mean: 35, sd: 10}")
        Dist paymentDays,
        @Doc("Extra days of payment delay when an invoice is in the wrong format (unit ignored)") @Default("{dist: exponential, mean: 10}")
        Dist wrongFormatDelay,
        @Doc("Share of delivered orders that need an after-sales service visit") @Default("0.1")
        @Range(min = 0, max = 1) double serviceNeed) {
}
