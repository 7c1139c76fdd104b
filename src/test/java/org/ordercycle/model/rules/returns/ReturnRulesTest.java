package org.ordercycle.model.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Both return rules on a hand-made view. */
class ReturnRulesTest {
    private static final ReturnView VIEW = new ReturnView(4, 2, 3);

    @Test
    void handoffsPassTheReturnOnOneDepartmentAfterAnother() {
        ReturnDecision d = ReturnRules.of(ReturnRules.HANDOFFS).decide(VIEW);
        assertEquals(ReturnRoute.HANDOFFS, d.route());
        assertFalse(d.coordinated());
        assertEquals("return of 4 units authorised; the paperwork goes to the carrier, then to finance, each with its"
                + " next batch (every 2.00 days)", d.reason());
    }

    @Test
    void theCoordinatedProcedureStartsCollectionAndRefundAtOnce() {
        ReturnDecision d = ReturnRules.of(ReturnRules.COORDINATED).decide(VIEW);
        assertEquals(ReturnRoute.COORDINATED, d.route());
        assertTrue(d.coordinated());
        assertEquals("return authorised; collection booked and refund prepared at once", d.reason());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReturnRules.of("mail"));
        assertEquals("unknown returns-procedure setting 'mail'; allowed: handoffs, coordinated", e.getMessage());
    }
}
