package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.scenario.Departments;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.TimeAverage;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * An order's processing time is the working time spent on it; the nights and weekends a started
 * job is paused over are "closed" time. Calendar: five days a week, 08:00 to 16:00. A job of 4
 * working hours taken at 14:00 on day 0 works 2 hours, pauses 16 hours overnight, works 2 more
 * and ends at 10:00 on day 1: 4 hours processing, 16 hours closed, 20 hours in all.
 */
class ClosedHoursTest {
    private static final double HOUR = 1 / 24.0;
    private static final WorkCalendar OFFICE = new WorkCalendar(5, 8, 8);

    @Test
    void aDepartmentRecordsWorkingTimeAsProcessingAndTheNightAsClosed() {
        Simulator sim = new Simulator();
        sim.init();
        Department desk = new Department("desk", sim, 1, OFFICE, 0, new Ledger(0), new TimeAverage(0, 0), 0, 30);
        Order o = Orders.of(1, 1);
        double[] doneAt = {Double.NaN};
        new Event(sim) {
            @Override
            public void actions() {
                desk.submit(o, Step.ENTRY, 4 * HOUR, 0, Ledger.Account.HANDLING_LABOUR, order -> doneAt[0] = sim.time());
            }
        }.schedule(14 * HOUR);
        sim.start();
        int entry = Step.ENTRY.ordinal();
        assertEquals(34 * HOUR, doneAt[0], 1e-9, "done at 10:00 on day 1");
        assertEquals(4 * HOUR, o.stepTimes(Order.PROCESSING)[entry], 1e-9);
        assertEquals(16 * HOUR, o.stepTimes(Order.CLOSED)[entry], 1e-9);
        assertEquals(0, o.stepTimes(Order.QUEUE)[entry], 1e-12);
        assertEquals(doneAt[0] - 14 * HOUR, o.stepTimes(Order.QUEUE)[entry] + o.stepTimes(Order.PROCESSING)[entry] + o.stepTimes(Order.CLOSED)[entry], 1e-9);
    }

    @Test
    void aJobOverAWeekendCountsTheWeekendAsClosed() {
        // taken on day 4 (Friday) at 15:00 with 2 working hours: 1 hour on Friday, 1 on Monday (day 7) at 09:00
        Simulator sim = new Simulator();
        sim.init();
        Department desk = new Department("desk", sim, 1, OFFICE, 0, new Ledger(0), new TimeAverage(0, 0), 0, 30);
        Order o = Orders.of(1, 1);
        new Event(sim) {
            @Override
            public void actions() {
                desk.submit(o, Step.ENTRY, 2 * HOUR, 0, Ledger.Account.HANDLING_LABOUR, order -> { });
            }
        }.schedule(4 + 15 * HOUR);
        sim.start();
        int entry = Step.ENTRY.ordinal();
        assertEquals(2 * HOUR, o.stepTimes(Order.PROCESSING)[entry], 1e-9);
        // from Friday 16:00 to Monday 08:00: 64 hours
        assertEquals(64 * HOUR, o.stepTimes(Order.CLOSED)[entry], 1e-9);
    }

    @Test
    void techniciansRecordWorkingTimeAsProcessingAndTheNightAsClosed() {
        Simulator sim = new Simulator();
        sim.init();
        SkillPool pool = new SkillPool(sim, OFFICE, List.of(new Departments.Skill("technician", 1, 0)));
        Order o = Orders.of(1, 1);
        new Event(sim) {
            @Override
            public void actions() {
                pool.request(o, Step.SERVICE, new int[] {0}, 4 * HOUR, order -> { });
            }
        }.schedule(14 * HOUR);
        sim.start();
        int service = Step.SERVICE.ordinal();
        assertEquals(4 * HOUR, o.stepTimes(Order.PROCESSING)[service], 1e-9);
        assertEquals(16 * HOUR, o.stepTimes(Order.CLOSED)[service], 1e-9);
    }
}
