package org.ordercycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The event stream of an experiment: a browser that stops reading holds back neither the runs
 * (the publisher) nor the other browsers, and every browser gets every event in order, the
 * missed ones first; a browser leaving last is told once.
 */
class EventStreamTest {
    private final ExecutorService senders = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        senders.shutdownNow();
    }

    /** Records what it is sent; blocks in send until {@code open} is counted down. */
    private static final class Recorder implements EventStream.Sink {
        final List<String> got = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch open;
        final CountDownLatch closed = new CountDownLatch(1);

        Recorder(CountDownLatch open) {
            this.open = open;
        }

        @Override
        public void send(String event, String data) {
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            got.add(event + ":" + data);
        }

        @Override
        public void ping() {
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @Test
    void aStalledBrowserDelaysNeitherThePublisherNorAnotherBrowser() throws Exception {
        EventStream stream = new EventStream(senders, () -> { });
        CountDownLatch stalled = new CountDownLatch(1);
        Recorder slow = new Recorder(stalled);
        Recorder fast = new Recorder(new CountDownLatch(0));
        stream.follow(slow);
        stream.publish("replication", "1");
        stream.follow(fast); // late: gets the first event too

        // with a write under the publisher's lock, this thread would wait for the stalled browser for ever
        Thread runs = new Thread(() -> {
            for (int i = 2; i <= 100; i++) {
                stream.publish("replication", Integer.toString(i));
            }
            stream.publish("done", "{}");
            stream.end();
        });
        runs.start();
        runs.join(10_000);
        assertTrue(!runs.isAlive(), "publishing waited for a browser that does not read");
        assertTrue(fast.closed.await(10, TimeUnit.SECONDS), "the reading browser got everything and was closed");
        assertEquals(101, fast.got.size());
        assertEquals("replication:1", fast.got.get(0));
        assertEquals("done:{}", fast.got.get(100));
        assertTrue(slow.got.isEmpty());

        stalled.countDown(); // the slow browser reads again: it gets everything, in order
        assertTrue(slow.closed.await(10, TimeUnit.SECONDS));
        assertEquals(fast.got, slow.got);
    }

    @Test
    void theLastBrowserLeavingARunningStreamIsToldOnceAndNotAfterTheEnd() {
        AtomicInteger told = new AtomicInteger();
        EventStream stream = new EventStream(senders, told::incrementAndGet);
        Recorder a = new Recorder(new CountDownLatch(0));
        Recorder b = new Recorder(new CountDownLatch(0));
        stream.follow(a);
        stream.follow(b);
        long before = stream.watchers();
        stream.leave(a);
        assertEquals(0, told.get(), "one browser still follows");
        stream.leave(b);
        stream.leave(b);
        assertEquals(1, told.get());
        assertTrue(stream.watchers() != before, "a pending check can tell the last one left after it");
        stream.follow(a);
        stream.end();
        stream.leave(a);
        assertEquals(1, told.get(), "a stream that has ended is not abandoned");
    }
}
