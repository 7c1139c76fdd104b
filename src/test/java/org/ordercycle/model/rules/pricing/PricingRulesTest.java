package org.ordercycle.model.rules.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Both pricing rules on hand-made views: list 100, volume discount 4%, idle below 1.5 days,
 * scarce above 6, idle discount 6%, steering discount 5%, special discount 10% won when the draw
 * is below the segment's chance 0.2.
 */
class PricingRulesTest {
    private static final PricingParams P = new PricingParams(1.5, 6, 0.06, 0.05);
    private static final PricingRule LIST = PricingRules.of(PricingRules.VOLUME_LIST, P);
    private static final PricingRule CAPACITY = PricingRules.of(PricingRules.CAPACITY_AWARE, P);

    private static PricingView view(double load, boolean steered, double draw) {
        return new PricingView(100, 0.04, load, steered, draw, 0.2, 0.1);
    }

    @Test
    void listPriceTakesTheVolumeDiscountWhateverTheLoad() {
        // 100 x (1 - 0.04) = 96 on an idle and on a scarce line; the record shows the same 96
        assertEquals(96, LIST.decide(view(0.5, false, 0.9)).agreed(), 1e-9);
        assertEquals(96, LIST.decide(view(9, false, 0.9)).agreed(), 1e-9);
        assertEquals(96, LIST.decide(view(9, false, 0.9)).record(), 1e-9);
        assertEquals("price 96.00 per unit: list 100.00 less 4% (volume discount)", LIST.decide(view(9, false, 0.9))
                .reason().get());
    }

    @Test
    void withoutAPricingStepEveryOrderPaysTheListPrice() {
        // step-off: 100 whatever the volume discount (4%), a won special discount (draw 0.1 < 0.2), steering or load
        PricingRule off = PricingRules.of(PricingRules.STEP_OFF, P);
        for (Price price : new Price[] {off.decide(view(0.5, true, 0.1)), off.decide(view(9, false, 0.9))}) {
            assertEquals(100, price.agreed(), 1e-9);
            assertEquals(100, price.record(), 1e-9);
        }
    }

    @Test
    void capacityPricingDiscountsIdleLinesAndNotScarceOnes() {
        // idle (1 < 1.5): max(4%, 6%) = 6% -> 94; scarce (7 > 6): no discount -> 100; between: 4% -> 96
        assertEquals(94, CAPACITY.decide(view(1, false, 0.9)).agreed(), 1e-9);
        assertEquals(100, CAPACITY.decide(view(7, false, 0.9)).agreed(), 1e-9);
        assertEquals(96, CAPACITY.decide(view(3, false, 0.9)).agreed(), 1e-9);
        // the record keeps the price list's 96 whatever sales agreed
        assertEquals(96, CAPACITY.decide(view(7, false, 0.9)).record(), 1e-9);
    }

    @Test
    void steeringAndSpecialDiscountsComeOnTopUnderEitherRule() {
        // 96 x (1 - 0.05) x (1 - 0.1) = 82.08: steered, and draw 0.1 < 0.2 wins the special discount
        assertEquals(82.08, LIST.decide(view(3, true, 0.1)).agreed(), 1e-9);
        assertEquals(82.08, CAPACITY.decide(view(3, true, 0.1)).agreed(), 1e-9);
        // draw 0.2 is not below 0.2: no special discount, 96 x 0.95 = 91.2
        assertEquals(91.2, LIST.decide(view(3, true, 0.2)).agreed(), 1e-9);
    }

    @Test
    void unknownSettingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PricingRules.of("cheap", P));
    }
}
