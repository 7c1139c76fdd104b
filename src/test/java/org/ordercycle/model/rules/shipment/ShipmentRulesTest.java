package org.ordercycle.model.rules.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Both shipment rules on hand-made shipments; the arithmetic is in the comments. */
class ShipmentRulesTest {
    // rescue when expected later than 1 day before the promise
    private static final ShipmentParams PARAMS = new ShipmentParams(1);

    @Test
    void promiseTrackingRescuesOrdersExpectedInsideTheMargin() {
        ShipmentRule rule = ShipmentRules.of(ShipmentRules.ON, PARAMS);
        // promised day 20, expected 19.5 > 20 - 1 = 19: premium freight
        Shipment rescued = rule.decide(new ShipmentView(20, 19.5));
        assertTrue(rescued.premium());
        assertEquals("promise at risk (day 20.00): rescued with premium freight", rescued.reason());
        // expected exactly 19 is not later than 19: standard freight
        assertFalse(rule.decide(new ShipmentView(20, 19)).premium());
    }

    @Test
    void withoutTrackingNobodyRescues() {
        // expected ten days after the promise, and still standard freight
        Shipment s = ShipmentRules.of(ShipmentRules.OFF, PARAMS).decide(new ShipmentView(20, 30));
        assertFalse(s.premium());
        assertEquals("standard freight", s.reason());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShipmentRules.of("yes", PARAMS));
        assertTrue(e.getMessage().contains("off, on"), e.getMessage());
    }
}
