package org.ordercycle.model.rules.replenishment;

import java.util.Locale;

/**
 * The rational periodic-review rule: order up to plan x (1 + lead) + safety stock, counting the
 * whole supply line: order = target - (stock + supply line).
 */
public record OrderUpTo(double safetyFactor) implements ReplenishmentRule {

    @Override
    public Replenishment decide(ReplenishmentView v) {
        double target = v.plan() * (1 + v.leadPeriods()) + v.safetyStock(safetyFactor);
        int units = Replenishment.whole(target - v.stock() - v.supplyLine());
        double position = v.stock() + v.supplyLine();
        return new Replenishment(units, () -> String.format(Locale.ROOT, "order up to %.1f units; position %.1f",
                target, position));
    }
}
