package org.ordercycle.model.rules.pricing;

import org.ordercycle.scenario.Steps;

/**
 * Parameters of the pricing rules (see {@link Steps.Pricing} and {@link Steps.Generation} for
 * their meaning and sources).
 *
 * @param idleLoadDays      below this many days of backlog the line is idle
 * @param scarceLoadDays    above this many days of backlog capacity is scarce
 * @param idleDiscount      discount granted where capacity is idle
 * @param steeringDiscount  discount for a customer steered to another product
 */
public record PricingParams(double idleLoadDays, double scarceLoadDays, double idleDiscount, double steeringDiscount) {

    /** The parameters a scenario's pricing and generation steps give. */
    public static PricingParams of(Steps.Pricing p, Steps.Generation g) {
        return new PricingParams(p.idleLoadDays(), p.scarceLoadDays(), p.idleDiscount(), g.steeringDiscount());
    }
}
