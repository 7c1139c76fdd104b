package org.ordercycle.model.rules.pricing;

/** Step 3's price; a pure function of view and parameters. */
public interface PricingRule {

    Price decide(PricingView view);
}
