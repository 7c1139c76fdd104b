package org.ordercycle.model.rules.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.model.rules.qualification.SteeringView.Alternative;

/** Both qualification rules on hand-made views; thresholds: size 10 units, idle below 1.5 days, congested above 5. */
class QualificationRulesTest {
    private static final QualificationParams P = new QualificationParams(10, 1.5, 5);
    private static final QualificationRule SIZE = QualificationRules.of(QualificationRules.SIZE_ONLY, P);
    private static final QualificationRule SPARE = QualificationRules.of(QualificationRules.SPARE_CAPACITY, P);

    @Test
    void sizeOnlyPursuesLargeEnoughLeadsWhateverTheLine() {
        // 10 >= 10: pursued, with nothing to say; 9 < 10: dropped, even on an idle line (0.5 < 1.5)
        assertTrue(SIZE.qualify(new QualificationView(10, 0.5)).pursue());
        assertNull(SIZE.qualify(new QualificationView(10, 0.5)).reason());
        Qualification small = SIZE.qualify(new QualificationView(9, 0.5));
        assertFalse(small.pursue());
        assertEquals("not pursued: 9 units is below sales' threshold of 10.00", small.reason().get());
    }

    @Test
    void spareCapacityPursuesSmallLeadsOnlyForAnIdleLine() {
        // 9 < 10 but the line has 1.4 < 1.5 days of work: pursued; with 1.5 days (not below) dropped
        Qualification idle = SPARE.qualify(new QualificationView(9, 1.4));
        assertTrue(idle.pursue());
        assertEquals("small lead pursued: production reports spare capacity on its line", idle.reason().get());
        assertFalse(SPARE.qualify(new QualificationView(9, 1.5)).pursue());
        assertTrue(SPARE.qualify(new QualificationView(12, 30)).pursue());
    }

    @Test
    void spareCapacitySteersAFlexibleCustomerToTheLeastLoadedUncongestedLine() {
        // own line 8 > 5 days: congested. Alternatives: B 6 (congested, not a target), C 3, D 2, E 2:
        // the least loaded below 5 is D (2 days; E ties and comes later, so D)
        List<Alternative> others = List.of(new Alternative("B", 6), new Alternative("C", 3), new Alternative("D", 2),
                new Alternative("E", 2));
        Steering s = SPARE.steer(new SteeringView(true, "A", 8, others));
        assertEquals(2, s.to());
        assertEquals("line of A congested (8.00 days of work): flexible customer steered to D", s.reason().get());
        // an inflexible customer, a line at exactly 5 days (not above), or no uncongested alternative: kept
        assertFalse(SPARE.steer(new SteeringView(false, "A", 8, others)).steered());
        assertFalse(SPARE.steer(new SteeringView(true, "A", 5, others)).steered());
        assertFalse(SPARE.steer(new SteeringView(true, "A", 8, List.of(new Alternative("B", 5)))).steered());
        // siloed sales never hears of the load: it keeps every customer
        assertFalse(SIZE.steer(new SteeringView(true, "A", 8, others)).steered());
    }

    @Test
    void unknownSettingNamesTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QualificationRules.of("maybe", P));
        assertEquals("unknown capacity-info setting 'maybe'; allowed: off, on", e.getMessage());
    }
}
