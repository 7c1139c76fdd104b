package org.ordercycle.model.rules.replenishment;

import java.util.Locale;

/**
 * Sterman's (1989) anchoring and adjustment: order the expected loss (the plan), plus a share
 * {@code stockAdjustment} (alpha_S) of the gap between desired and actual stock and of the
 * supply-line gap weighted by {@code supplyLineWeight} (beta). Desired stock is the safety stock;
 * the desired supply line is plan x lead. With alpha_S = beta = 1 the rule is order-up-to; with
 * beta below 1 the planner forgets part of what it already ordered, and over-orders after a
 * shortage.
 */
public record Anchoring(double safetyFactor, double stockAdjustment, double supplyLineWeight)
        implements ReplenishmentRule {

    @Override
    public Replenishment decide(ReplenishmentView v) {
        double stockGap = v.safetyStock(safetyFactor) - v.stock();
        double supplyLineGap = v.plan() * v.leadPeriods() - v.supplyLine();
        double order = v.plan() + stockAdjustment * (stockGap + supplyLineWeight * supplyLineGap);
        double plan = v.plan();
        return new Replenishment(Replenishment.whole(order), () -> String.format(Locale.ROOT,
                "expected loss %.1f, stock gap %.1f, supply-line gap %.1f weighted %.2f", plan, stockGap,
                supplyLineGap, supplyLineWeight));
    }
}
