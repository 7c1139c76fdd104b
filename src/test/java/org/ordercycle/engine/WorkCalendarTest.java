package org.ordercycle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.Calendar;

/**
 * Hand-computed cases on an office calendar: Monday to Friday (days 0-4 of each week, day 0 a
 * Monday), 8:00 to 16:00. Times are days; one hour is 1/24.
 */
class WorkCalendarTest {
    private static final double H = 1.0 / 24;
    private static final double EPS = 1e-12;
    private final WorkCalendar office = new WorkCalendar(5, 8, 8);

    private static double at(int day, double hour) {
        return day + hour * H;
    }

    @Test
    void workInsideOneWorkingDay() {
        assertEquals(at(0, 10), office.finish(at(0, 8), 2 * H), EPS);
        assertEquals(at(2, 15.5), office.finish(at(2, 9), 6.5 * H), EPS);
        assertEquals(at(0, 16), office.finish(at(0, 8), 8 * H), EPS, "a full day ends at closing time");
    }

    @Test
    void workStartedBeforeOpeningWaitsForTheShift() {
        assertEquals(at(0, 10), office.finish(0, 2 * H), EPS, "midnight Monday: starts at 8:00");
        assertEquals(at(3, 9), office.finish(at(3, 5), 1 * H), EPS);
    }

    @Test
    void workCarriesOverNight() {
        // Monday 15:00 + 3 h: 1 h on Monday, 2 h from Tuesday 8:00
        assertEquals(at(1, 10), office.finish(at(0, 15), 3 * H), EPS);
        // started after closing: Tuesday 20:00 + 1 h -> Wednesday 9:00
        assertEquals(at(2, 9), office.finish(at(1, 20), 1 * H), EPS);
        // Monday 8:00 + 20 h = 2.5 working days: Wednesday 12:00
        assertEquals(at(2, 12), office.finish(at(0, 8), 20 * H), EPS);
    }

    @Test
    void workCarriesOverTheWeekend() {
        // Friday 15:00 + 3 h: 1 h on Friday, 2 h on Monday (day 7)
        assertEquals(at(7, 10), office.finish(at(4, 15), 3 * H), EPS);
        // Saturday 10:00 + 1 h: Monday 9:00
        assertEquals(at(7, 9), office.finish(at(5, 10), 1 * H), EPS);
        // Monday 8:00 + 48 h = six working days: the next Monday 16:00
        assertEquals(at(7, 16), office.finish(at(0, 8), 48 * H), EPS);
        // Wednesday 12:00 + 100 h = 12.5 working days: 2.5 this week, 5 the next, 5 the one after:
        // Friday of the third week (day 18), 16:00
        assertEquals(at(18, 16), office.finish(at(2, 12), 100 * H), EPS);
    }

    @Test
    void noWorkFinishesAtOnce() {
        assertEquals(at(5, 10), office.finish(at(5, 10), 0));
    }

    @Test
    void roundTheClockIsTheIdentity() {
        WorkCalendar always = WorkCalendar.of(new Calendar(7, 0, 24));
        assertSame(WorkCalendar.ALWAYS, always);
        assertTrue(always.always());
        for (double start : new double[] {0, 0.3, 5.75, 123.456}) {
            for (double work : new double[] {0, 1e-6, 0.25, 3.5, 40}) {
                assertEquals(start + work, always.finish(start, work), 0.0);
            }
        }
        assertTrue(new WorkCalendar(7, 0, 24).always());
        assertFalse(new WorkCalendar(7, 0, 23).always());
        assertFalse(office.always());
    }

    @Test
    void openingTimesAndWorkingDays() {
        assertEquals(at(0, 8), office.nextOpen(0), EPS);
        assertEquals(at(0, 12), office.nextOpen(at(0, 12)), EPS, "open: now");
        assertEquals(at(1, 8), office.nextOpen(at(0, 16)), EPS, "closing time is closed");
        assertEquals(at(7, 8), office.nextOpen(at(4, 17)), EPS, "Friday evening: Monday");
        assertEquals(at(7, 8), office.nextDayStart(at(4, 9)), EPS);
        assertTrue(office.workingDay(4));
        assertFalse(office.workingDay(5));
        assertFalse(office.workingDay(6));
        assertTrue(office.workingDay(7));
        assertEquals(5, office.workingDaysBetween(0, 7));
        assertEquals(10, office.workingDaysBetween(0, 14));
        assertEquals(5.0 / 7 * 8 / 24, office.workingDaysPerDay(), EPS);
    }

    @Test
    void finishIsConsistentWithTheWorkingTimeBetween() {
        // the working time from start to finish(start, w) is w, for starts every 7 minutes over two weeks
        for (int i = 0; i < 14 * 24 * 60 / 7; i++) {
            double start = i * 7 / 1440.0;
            for (double w : new double[] {1e-4, 0.5 * H, 3 * H, 8 * H, 17.25 * H, 100 * H}) {
                double end = office.finish(start, w);
                assertEquals(w, workingTime(start, end), 1e-9, "start " + start + " work " + w);
                assertTrue(office.workingDay((long) Math.floor(end)), "work ends on a working day");
            }
        }
    }

    /** Working time in [from, to]: the overlap with the 8:00-16:00 window of every working day. */
    private double workingTime(double from, double to) {
        double sum = 0;
        for (long d = (long) Math.floor(from); d <= (long) Math.floor(to); d++) {
            if (office.workingDay(d)) {
                double lo = Math.max(from, d + 8 * H);
                double hi = Math.min(to, d + 16 * H);
                sum += Math.max(0, hi - lo);
            }
        }
        return sum;
    }

    /**
     * A time beyond any run (a changeover drawn from a normal law with sd 1e155 pushes a line's
     * estimate there) is treated as open: stepping day by day from it would never end, since
     * adding a day to 1e155 leaves it unchanged.
     */
    @Test
    void timesFarBeyondAnyRunAreTreatedAsOpen() {
        WorkCalendar oneDayAWeek = new WorkCalendar(1, 14, 7.1);
        for (double far : new double[] {1e12, 1e155, Double.MAX_VALUE}) {
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () -> {
                assertEquals(far, oneDayAWeek.nextOpen(far));
                assertTrue(oneDayAWeek.finish(far, 0.5) >= far);
                assertTrue(oneDayAWeek.nextDayStart(far) >= far);
            }, "at " + far);
        }
        // below the limit the calendar still keeps its hours: day 10^12 - 7 is closed, so its
        // midnight moves on to the next opening
        double near = 1e12 - 7;
        assertTrue(oneDayAWeek.nextOpen(near) > near);
    }
}
