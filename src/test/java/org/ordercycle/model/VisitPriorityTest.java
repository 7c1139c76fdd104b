package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.scenario.Departments;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Technicians take waiting visits by the customer's importance (the seed: prioritisation reflects
 * the importance of customers), then first come, first served. One technician, three visits of
 * one day each asked for at day 0: the first starts at once; of the two that wait, the key
 * account's (importance 3), asked for last, is served before the small customer's.
 */
class VisitPriorityTest {

    @Test
    void theMoreImportantCustomerIsServedFirstThenFirstComeFirstServed() {
        Simulator sim = new Simulator();
        sim.init();
        SkillPool pool = new SkillPool(sim, WorkCalendar.ALWAYS,
                List.of(new Departments.Skill("technician", 1, 0)));
        Order first = Orders.of(1, 1);
        Order small = Orders.of(2, 1);
        Order other = Orders.of(3, 1.5);
        Order key = Orders.of(4, 3);
        List<Long> served = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        new Event(sim) {
            @Override
            public void actions() {
                for (Order o : List.of(first, small, other, key)) {
                    pool.request(o, Step.SERVICE, new int[] {0}, 1.0, done -> {
                        served.add(done.id);
                        at.add(sim.time());
                    });
                }
            }
        }.schedule(0);
        sim.start();
        assertEquals(List.of(1L, 4L, 3L, 2L), served, "first started at once, then by importance 3, 1.5, 1");
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), at);
        // the small customer waited three days, the key account one
        assertEquals(3.0, small.stepTimes(Order.QUEUE)[Step.SERVICE.ordinal()], 1e-12);
        assertEquals(1.0, key.stepTimes(Order.QUEUE)[Step.SERVICE.ordinal()], 1e-12);
    }

    @Test
    void equalImportanceIsFirstComeFirstServed() {
        Simulator sim = new Simulator();
        sim.init();
        SkillPool pool = new SkillPool(sim, WorkCalendar.ALWAYS,
                List.of(new Departments.Skill("technician", 1, 0)));
        List<Long> served = new ArrayList<>();
        new Event(sim) {
            @Override
            public void actions() {
                for (long id = 1; id <= 4; id++) {
                    pool.request(Orders.of(id, 2), Step.SERVICE, new int[] {0}, 0.5, done -> served.add(done.id));
                }
            }
        }.schedule(0);
        sim.start();
        assertEquals(List.of(1L, 2L, 3L, 4L), served);
    }
}
