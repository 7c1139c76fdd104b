package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.CAPACITY_UTILISATION;
import static org.ordercycle.stats.Measure.COMMITTED_CAPACITY_COST;
import static org.ordercycle.stats.Measure.OVERTIME_COST;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * How a line opens its working window each day, on the overloaded line of
 * {@code mechanisms/selection.yaml} and the slow line of {@code mechanisms/pricing.yaml}.
 */
class LineCapacityTest {
    private static final String SHIFT_AT_8 = "{daysPerWeek: 7, shiftStartHour: 8, hoursPerDay: 8}";
    private static final String SHIFT_AT_4 = "{daysPerWeek: 7, shiftStartHour: 4, hoursPerDay: 8}";

    @Test
    void anOverloadedLineWorksOvertimeWhenItsWindowFitsTheDay() {
        // 4:00 + 16 regular + 4 overtime hours = 24:00: the whole window fits in the day
        ReplicationResult r = Runs.run(Runs.scenario("selection", Map.of("calendar", SHIFT_AT_4)), Policy.SILOED);
        assertTrue(r.value(OVERTIME_COST) > 0.1 * r.value(COMMITTED_CAPACITY_COST), "overtime " + r.value(OVERTIME_COST));
        assertTrue(r.value(CAPACITY_UTILISATION) > 0.95, "an overloaded line is busy");
    }

    @Test
    void anOverloadedLineWorksOvertimePastMidnight() {
        // 8:00 + 16 regular + 4 overtime hours runs to 4:00 the next day (capable-to-promise counts these hours)
        ReplicationResult r = Runs.run(Runs.scenario("selection", Map.of("calendar", SHIFT_AT_8)), Policy.SILOED);
        assertTrue(r.value(OVERTIME_COST) > 0.1 * r.value(COMMITTED_CAPACITY_COST), "overtime " + r.value(OVERTIME_COST));
        assertTrue(r.value(CAPACITY_UTILISATION) > 0.95, "an overloaded line is busy");
    }

    @Test
    void capacityUtilisationNeverExceedsOne() {
        // 10-hour jobs on a line open 0:00-8:00 every day and never idle; the warm-up ends at 2:24 on day 2,
        // the run at 21:36 on day 6: exactly 4 windows plus 5.6 hours of the day-2 window lie in between
        Scenario s = Runs.scenario("pricing", Map.of("products[0].ratePerHour", "1", "warmupDays", "2.1",
                "horizonDays", "4.8"));
        double u = Runs.run(s, Policy.SILOED).value(CAPACITY_UTILISATION);
        assertTrue(u <= 1 + 1e-9, "utilisation " + u);
    }

    @Test
    void aLineWhoseWindowReachesTheNextShiftRuns() {
        // an office calendar, 16 regular hours and 8 overtime hours: the window runs from 8:00 to 8:00 the next day
        Scenario longDays = Runs.scenario("selection", Map.of("calendar", "{daysPerWeek: 5, shiftStartHour: 8, hoursPerDay: 8}",
                "lines[0].maxOvertimeHoursPerDay", "8"));
        assertDoesNotThrow(() -> Runs.run(longDays, Policy.SILOED));
        // a round-the-clock line on a 24/7 calendar
        Scenario allDay = Runs.scenario("pricing", Map.of("products[0].ratePerHour", "1",
                "lines[0].maxRegularHoursPerDay", "24"));
        assertDoesNotThrow(() -> Runs.run(allDay, Policy.SILOED));
    }
}
