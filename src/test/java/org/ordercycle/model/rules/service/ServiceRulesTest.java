package org.ordercycle.model.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Both service rules on hand-made views; the arithmetic is in the comments. */
class ServiceRulesTest {
    // unfixed with context 0.1, further unfixed without context 0.17, need revealed 0.05 per visit
    private static final ServiceParams P = new ServiceParams(0.1, 0.17, 0.05);
    private static final ServiceRule ALONE = ServiceRules.of(ServiceRules.OFF, P);
    private static final ServiceRule LINKED = ServiceRules.of(ServiceRules.ON, P);

    @Test
    void aVisitIsNeededWhenTheCustomersUniformFallsBelowTheSegmentsNeedUnderBothRules() {
        // 0.2 < 0.3: needed; 0.4 >= 0.3: not needed, whatever the rule
        for (ServiceRule r : new ServiceRule[] {ALONE, LINKED}) {
            assertTrue(r.call(new CallView(0.2, 0.3)).visitNeeded());
            assertFalse(r.call(new CallView(0.4, 0.3)).visitNeeded());
        }
        assertFalse(ALONE.call(new CallView(0.2, 0.3)).briefed());
        assertTrue(LINKED.call(new CallView(0.2, 0.3)).briefed());
    }

    @Test
    void withoutContextTheProblemMayStayUnfixedAndASecondVisitFollows() {
        // first visit without context: unfixed uniform 0.5 >= 0.1 (would be fixed with context),
        // context uniform 0.12 < 0.17: unfixed for lack of context, a second visit follows
        VisitOutcome first = ALONE.visited(new VisitView(0, false, 0.5, 0.12, 0.9));
        assertFalse(first.unfixed());
        assertTrue(first.missedContext());
        assertTrue(first.again());
        assertEquals("the technician lacked the customer's context: the problem is not fixed, a second visit is needed",
                first.reason());
        // the same uniforms with the context (briefed, or the second visit): fixed at once
        VisitOutcome briefed = LINKED.visited(new VisitView(0, true, 0.5, 0.12, 0.9));
        assertFalse(briefed.again());
        assertEquals("service visit done", briefed.reason());
    }

    @Test
    void theSecondVisitIsTheLast() {
        // unfixed uniform 0.05 < 0.1: the problem resists, but after the second visit nobody comes again
        assertTrue(ALONE.visited(new VisitView(0, true, 0.05, 0.9, 0.9)).again());
        VisitOutcome second = ALONE.visited(new VisitView(1, true, 0.05, 0.9, 0.9));
        assertTrue(second.unfixed());
        assertFalse(second.again());
    }

    @Test
    void aRevealedNeedReachesSalesOnlyWhenServiceIsLinked() {
        // need uniform 0.03 < 0.05: revealed under both rules; passed on only by the linked technician
        VisitView v = new VisitView(0, true, 0.9, 0.9, 0.03);
        VisitOutcome alone = ALONE.visited(v);
        VisitOutcome linked = LINKED.visited(v);
        assertTrue(alone.needRevealed());
        assertFalse(alone.passedOn());
        assertTrue(linked.needRevealed());
        assertTrue(linked.passedOn());
        assertEquals("the visit reveals a new need, but the technician has no one to tell: the insight is lost",
                alone.needReason());
        assertEquals("the visit reveals a new need: passed on to sales as a lead", linked.needReason());
        // 0.06 >= 0.05: nothing revealed, nothing passed on
        assertFalse(LINKED.visited(new VisitView(0, true, 0.9, 0.9, 0.06)).passedOn());
    }

    @Test
    void anUnknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceRules.of("email", P));
        assertEquals("unknown service-link setting 'email'; allowed: off, on", e.getMessage());
    }
}
