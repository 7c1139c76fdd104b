package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ordercycle.engine.EventHeap;

/** The bare loop spread over many queues keeps as many events waiting as queueing theory says. */
class BareQueueTest {
    @Test
    void queuesKeepOnePointEightEventsWaitingEach() {
        // Each M/M/1 queue (arrival rate 0.8, service rate 1) always has its next arrival waiting,
        // and a departure while busy: 0.8 of the time, which independent queues' events see (their
        // own queue aside). Right after one of its own events leaves the list, a queue has 0.8
        // waiting after an arrival (PASTA) and exactly 1 after a departure, alternately: 0.9 on
        // average. So the mean waiting behind an event is 1.8 (n - 1) + 0.9 = 1.8 n - 0.9.
        // Tolerance: each queue's busy share over about 25,000 time units (busy periods of
        // about 90) is off by 0.034 (one standard error); over 50 queues, 0.24 events in all: 1.0
        // is four standard errors.
        int n = 50;
        EventHeap list = new EventHeap();
        long events = new BareQueue(3, 2_000_000, n, list).run();
        assertEquals(2_000_000, events);
        assertEquals(1.8 * n - 0.9, list.meanWaiting(), 1.0);
    }

    @Test
    void queuesForAScaleRoundsToTheNearestAndKeepsOne() {
        assertEquals(1421, BareQueue.queuesFor(2557)); // 2557 / 1.8 = 1420.6
        assertEquals(1, BareQueue.queuesFor(0));
        assertEquals(1, BareQueue.queuesFor(1));
    }
}
