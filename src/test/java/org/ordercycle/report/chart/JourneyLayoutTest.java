package org.ordercycle.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class JourneyLayoutTest {
    private static final List<String> P = Fixtures.POLICIES;

    @Test
    void onePanelPerPolicyAndOneRowPerSampledOrderInTheSameOrder() {
        JourneyLayout l = JourneyLayout.of(Fixtures.journeys(), P);
        assertEquals(P, l.panels().stream().map(JourneyLayout.Panel::policy).toList());
        List<String> siloed = l.panels().get(0).rows().stream().map(JourneyLayout.Row::journey).toList();
        List<String> joint = l.panels().get(1).rows().stream().map(JourneyLayout.Row::journey).toList();
        assertEquals(List.of("b2b#0", "b2b#1", "b2b#2", "b2b#3", "b2b#4"), siloed); // 5 sampled journeys
        assertEquals(siloed, joint, "the same customers at the same height in every panel");
        assertEquals("b2b#0 · o100", l.panels().get(0).rows().get(0).label());
    }

    @Test
    void rowsAreTheJourneysSegmentsInTimeOrderOnOneScale() {
        Table t = Fixtures.journeys();
        JourneyLayout l = JourneyLayout.of(t, P);
        JourneyLayout.Row row = l.panels().get(0).rows().get(0);
        assertEquals(8, row.segments().size()); // the fixture's 8 steps of each journey
        for (int i = 1; i < row.segments().size(); i++) {
            assertTrue(row.segments().get(i).start() >= row.segments().get(i - 1).start());
        }
        double last = t.doubleColumn("end_day").max();
        assertTrue(l.xMax() >= last && l.xMax() <= 2 * last, "one round x scale covering every journey");
        // departments in the order of the cycle, the hand-off last
        assertEquals(List.of("sales", "order entry", "production", "logistics provider", "billing", "(hand-off)"),
                l.departments());
    }

    @Test
    void policiesNotAskedForAndRowsWithoutLaneAreLeftOut() {
        JourneyLayout l = JourneyLayout.of(Fixtures.journeys(), List.of("joint"));
        assertEquals(1, l.panels().size());
        assertEquals("joint", l.panels().get(0).policy());
        assertTrue(JourneyLayout.of(Fixtures.journeys(), List.of("other")).panels().isEmpty());
    }
}
