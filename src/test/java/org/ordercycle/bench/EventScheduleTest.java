package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ordercycle.engine.EventHeap;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.SplayTree;

/** A recorded schedule replays event for event, at the recorded times, on any list. */
class EventScheduleTest {
    @Test
    void theReferenceQueueKeepsZeroPointNineEventsWaitingAsQueueingTheorySays() {
        // M/M/1 with arrival rate 0.8 and service rate 1: right after an arrival leaves the list,
        // a departure waits if the server was busy, 0.8 of the time (PASTA); right after a
        // departure, exactly the next arrival. Arrivals and departures alternate in the long run,
        // so the mean is (0.8 + 1) / 2 = 0.9. Tolerance: the busy share seen by about 1,000,000
        // arrivals (busy periods of about 5 time units, 1,250,000 time units) is off by about
        // 0.005 (one standard error), the mean by half that: 0.01 is four standard errors.
        ScheduleRecorder recorder = new ScheduleRecorder(new EventHeap());
        long events = new BareQueue(3, 2_000_000, recorder).run();
        assertEquals(2_000_000, events);
        assertEquals(2_000_000, recorder.executed());
        assertEquals(0.9, recorder.meanWaiting(), 0.01);
    }

    @Test
    void aReplayRunsTheRecordedEventsAtTheRecordedTimesOnEitherList() {
        ScheduleRecorder recorder = new ScheduleRecorder(new EventHeap());
        new BareQueue(5, 200_000, recorder).run();
        EventSchedule schedule = recorder.schedule();
        assertEquals(200_000, schedule.executed());
        // replay checks the count and the sum of the times of the events it ran against the recording
        assertEquals(200_000, schedule.replay(new EventHeap()));
        assertEquals(200_000, schedule.replay(new SplayTree()));
    }

    @Test
    void aLongRunIsRecordedUpToTheCapacityAndItsBeginningReplays() {
        ScheduleRecorder recorder = new ScheduleRecorder(new EventHeap(), 1001);
        new BareQueue(5, 10_000, recorder).run();
        assertEquals(10_000, recorder.executed(), "counted over the whole run");
        EventSchedule beginning = recorder.schedule();
        // 1001 calls = adds + removals, and adds - removals is the number waiting: 0, 1 or 2 in an
        // M/M/1 loop. Only 1 makes 1001 - waiting even, so exactly 500 events ran in the beginning
        assertEquals(500, beginning.executed());
        assertEquals(beginning.executed(), beginning.replay(new SplayTree()));
    }

    @Test
    void priorityAndTiesAreReplayedInOrder() {
        // three events at the same time: the priority decides, then insertion order
        ScheduleRecorder recorder = new ScheduleRecorder(new SplayTree());
        Simulator sim = new Simulator(recorder);
        sim.init();
        StringBuilder ran = new StringBuilder();
        for (String name : new String[] {"a", "b", "c"}) {
            Event e = new Event(sim) {
                @Override
                public void actions() {
                    ran.append(name);
                }
            };
            e.setPriority(name.equals("c") ? 0.5 : 1.0);
            e.schedule(2.0);
        }
        sim.start();
        assertEquals("cab", ran.toString());
        assertEquals(1.0, recorder.meanWaiting()); // 2, 1, 0 left behind
        assertEquals(3, recorder.schedule().replay(new EventHeap()));
    }

    @Test
    void aCancelledEventIsRefusedWithAMessage() {
        ScheduleRecorder recorder = new ScheduleRecorder(new EventHeap());
        Simulator sim = new Simulator(recorder);
        sim.init();
        Event e = new Event(sim) {
            @Override
            public void actions() {
            }
        };
        e.schedule(1.0);
        UnsupportedOperationException x = assertThrows(UnsupportedOperationException.class, e::cancel);
        assertEquals("the schedule recorder replays add and removeFirst only, not remove (an event cancelled or "
                + "rescheduled)", x.getMessage());
    }
}
