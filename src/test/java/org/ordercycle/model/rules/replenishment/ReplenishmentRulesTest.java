package org.ordercycle.model.rules.replenishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Both replenishment rules on a hand-made view; the arithmetic is in the comments. */
class ReplenishmentRulesTest {
    // plan 100 a period, error sd 20, lead 1 period: safety stock z x 20 x sqrt(2)
    private static final double Z = 1 / Math.sqrt(2); // so that the safety stock is exactly 20
    private static final ReplenishmentParams STERMAN = new ReplenishmentParams(Z, 0.26, 0.34);

    @Test
    void orderUpToCountsTheWholeSupplyLine() {
        // target 100 x (1 + 1) + 20 = 220; position 50 + 80 = 130: order 90
        ReplenishmentView v = new ReplenishmentView(100, 20, 50, 80, 1);
        Replenishment r = ReplenishmentRules.of(ReplenishmentRules.ORDER_UP_TO, STERMAN).decide(v);
        assertEquals(90, r.units());
        assertEquals("order up to 220.0 units; position 130.0", r.reason().get());
        // a position above the target orders nothing
        assertEquals(0, ReplenishmentRules.of("order-up-to", STERMAN).decide(new ReplenishmentView(100, 20, 300, 0, 1))
                .units());
    }

    @Test
    void anchoringUnderweightsTheSupplyLine() {
        // stock gap 20 - 50 = -30; supply-line gap 100 x 1 - 80 = 20;
        // order = 100 + 0.26 x (-30 + 0.34 x 20) = 100 + 0.26 x (-23.2) = 93.968 -> 94 whole units
        ReplenishmentView v = new ReplenishmentView(100, 20, 50, 80, 1);
        Replenishment r = ReplenishmentRules.of(ReplenishmentRules.ANCHORING, STERMAN).decide(v);
        assertEquals(94, r.units());
        assertEquals("expected loss 100.0, stock gap -30.0, supply-line gap 20.0 weighted 0.34", r.reason().get());
        // with a full supply line (300 on order, gap -200), a rational planner would order
        // 100 + (-30 - 200) < 0 -> 0; beta 0.34 forgets two thirds of it:
        // 100 + 0.26 x (-30 + 0.34 x (-200)) = 100 + 0.26 x (-98) = 74.52 -> 75
        ReplenishmentView full = new ReplenishmentView(100, 20, 50, 300, 1);
        assertEquals(75, ReplenishmentRules.of("anchoring", STERMAN).decide(full).units());
        assertEquals(0, ReplenishmentRules.of("anchoring", new ReplenishmentParams(Z, 1, 1)).decide(full).units());
    }

    @Test
    void anchoringWithFullWeightsIsOrderUpTo() {
        // alpha_S = beta = 1: plan + (safety - stock) + (plan x lead - supply line) = target - position
        ReplenishmentParams rational = new ReplenishmentParams(1.28, 1, 1);
        ReplenishmentView v = new ReplenishmentView(37, 9, 12, 25, 1.5);
        assertEquals(ReplenishmentRules.of("order-up-to", rational).decide(v).units(),
                ReplenishmentRules.of("anchoring", rational).decide(v).units());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplenishmentRules.of("base-stock", STERMAN));
        assertEquals("unknown replenishment setting 'base-stock'; allowed: order-up-to, anchoring", e.getMessage());
    }
}
