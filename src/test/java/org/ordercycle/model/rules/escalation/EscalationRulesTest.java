package org.ordercycle.model.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ordercycle.model.rules.escalation.Escalation.Action;

/** Both escalation rules on hand-made orders at risk; the arithmetic is in the comments. */
class EscalationRulesTest {
    // escalation probability 0.3 per importance point; expedites for importance >= 2, at most 2 a period
    private static final EscalationParams PARAMS = new EscalationParams(0.3, 2, 2);

    @Test
    void marketingEscalatesMoreOftenForImportantCustomers() {
        EscalationRule rule = EscalationRules.of(EscalationRules.CAMPAIGN, PARAMS);
        // importance 1: threshold 0.3; draw 0.5 does not escalate
        assertEquals(Action.NONE, rule.decide(new EscalationView(1, 40, 0, 0.5)).action());
        // importance 2: threshold 0.6; the same draw 0.5 escalates
        Escalation e = rule.decide(new EscalationView(2, 40, 0, 0.5));
        assertEquals(Action.ESCALATE, e.action());
        assertEquals("promise is near (day 40.00): marketing escalates the order to production", e.reason());
        // importance 4: 1.2 is capped at 1, so even draw 0.999 escalates; marketing has no budget
        assertEquals(Action.ESCALATE, rule.decide(new EscalationView(4, 40, 99, 0.999)).action());
    }

    @Test
    void jointExpeditesOnlyImportantCustomersWithinTheBudget() {
        EscalationRule rule = EscalationRules.of(EscalationRules.JOINT, PARAMS);
        // importance 2 >= 2 and 1 < 2 expedites used: expedite, whatever the draw
        Escalation e = rule.decide(new EscalationView(2, 40, 1, 0.999));
        assertEquals(Action.EXPEDITE, e.action());
        assertEquals("at risk and important (importance 2.00): expedited in the joint schedule", e.reason());
        // budget spent (2 of 2)
        assertEquals(Action.NONE, rule.decide(new EscalationView(3, 40, 2, 0)).action());
        // importance 1.5 < 2: not expedited even with the budget untouched and a draw of 0
        assertEquals(Action.NONE, rule.decide(new EscalationView(1.5, 40, 0, 0)).action());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EscalationRules.of("rush", PARAMS));
        assertTrue(e.getMessage().contains("campaign, joint"), e.getMessage());
    }
}
