package org.ordercycle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * {@link EventHeap} against SSJ's default {@link SplayTree}: the same random operations on both
 * lists must give the same events in the same order. Times and priorities come from small sets so
 * that ties (same time and priority, first in first out) are frequent.
 */
class EventHeapTest {
    private final Simulator sim = new Simulator();

    /** A test event; every logical event has one twin per list (SSJ lists use the event's ra field). */
    static class Ev extends Event {
        final int id;

        Ev(Simulator sim, int id, double time, double priority) {
            super(sim);
            this.id = id;
            setPriority(priority);
            setTime(time);
        }

        @Override
        public void actions() {
        }

        @Override
        public String toString() {
            return "ev" + id;
        }
    }

    static final class OtherEv extends Ev {
        OtherEv(Simulator sim, int id, double time, double priority) {
            super(sim, id, time, priority);
        }
    }

    private static List<Integer> ids(Iterable<Event> list) {
        List<Integer> out = new ArrayList<>();
        for (Event e : list) {
            out.add(((Ev) e).id);
        }
        return out;
    }

    private static int id(Event e) {
        return e == null ? -1 : ((Ev) e).id;
    }

    /** Spans of the untied times drawn ahead of now: within the ring of buckets and beyond it. */
    private static final double[] AHEAD = {0.6, 60, 600};

    /**
     * Far buckets of a thousandth (most events in the overflow list, long walks over empty
     * buckets), of one time unit (the default) and of a thousand (everything in one bucket).
     * Times come tied on a grid up to 40 units ahead, untied up to 600 (so the ring's end moves
     * over overflow events), and now and then a million ahead.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.001, 1.0, 1000.0})
    @Timeout(60) // a far list that loses track of its events would loop forever
    void randomOperationsGiveTheSplayTreeOrder(double bucketWidth) {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            EventList tree = new SplayTree();
            EventHeap heap = new EventHeap(bucketWidth);
            List<Ev> inTree = new ArrayList<>();
            List<Ev> inHeap = new ArrayList<>();
            double now = 0;
            int next = 0;
            // with odd seeds, no event is looked up before step 1500: the heap starts without positions
            int lookupsFrom = seed % 2 == 0 ? 0 : 1500;
            for (int step = 0; step < 3000; step++) {
                int op = rnd.nextInt(100);
                if (step < lookupsFrom && op >= 75) {
                    op = rnd.nextInt(75);
                }
                if (op < 45 || inTree.isEmpty()) {
                    int kind = rnd.nextInt(100);
                    double t = kind < 70 ? now + rnd.nextInt(5) * 0.5
                            : kind < 80 ? now + rnd.nextInt(80) * 0.5
                            : kind < 99 ? now + rnd.nextDouble() * AHEAD[rnd.nextInt(AHEAD.length)]
                            : now + 1e6;
                    double p = rnd.nextInt(3) * 0.5;
                    boolean other = rnd.nextInt(4) == 0;
                    Ev a = other ? new OtherEv(sim, next, t, p) : new Ev(sim, next, t, p);
                    Ev b = other ? new OtherEv(sim, next, t, p) : new Ev(sim, next, t, p);
                    next++;
                    tree.add(a);
                    heap.add(b);
                    inTree.add(a);
                    inHeap.add(b);
                } else if (op < 75) {
                    Event a = tree.removeFirst();
                    Event b = heap.removeFirst();
                    assertEquals(id(a), id(b), "width " + bucketWidth + " seed " + seed + " step " + step);
                    now = a.time();
                    inTree.remove(a);
                    inHeap.remove(b);
                } else if (op < 85) {
                    int k = rnd.nextInt(inTree.size());
                    assertTrue(tree.remove(inTree.remove(k)));
                    assertTrue(heap.remove(inHeap.remove(k)));
                } else if (op < 90) {
                    Ev a = new Ev(sim, next, now, 0);
                    Ev b = new Ev(sim, next, now, 0);
                    next++;
                    tree.addFirst(a);
                    heap.addFirst(b);
                    inTree.add(a);
                    inHeap.add(b);
                } else {
                    int k = rnd.nextInt(inTree.size());
                    Ev ra = inTree.get(k);
                    Ev rb = inHeap.get(k);
                    Ev a = new Ev(sim, next, ra.time(), ra.priority());
                    Ev b = new Ev(sim, next, rb.time(), rb.priority());
                    next++;
                    if (op < 95) {
                        tree.addBefore(a, ra);
                        heap.addBefore(b, rb);
                    } else {
                        tree.addAfter(a, ra);
                        heap.addAfter(b, rb);
                    }
                    inTree.add(a);
                    inHeap.add(b);
                }
                if (step % 97 == 0) {
                    assertEquals(ids(tree), ids(heap), "seed " + seed + " step " + step);
                    assertEquals(id(tree.getFirst()), id(heap.getFirst()));
                    assertEquals(id(tree.getFirstOfClass(OtherEv.class)), id(heap.getFirstOfClass(OtherEv.class)));
                    assertEquals(id(tree.getFirstOfClass(OtherEv.class.getName())),
                            id(heap.getFirstOfClass(OtherEv.class.getName())));
                }
            }
            while (!tree.isEmpty()) {
                assertEquals(id(tree.removeFirst()), id(heap.removeFirst()), "seed " + seed);
            }
            assertTrue(heap.isEmpty());
            assertNull(heap.removeFirst());
        }
    }

    @Test
    void tiesRunFirstInFirstOutAndExecutedEventsAreCounted() {
        EventHeap heap = new EventHeap();
        for (int i = 0; i < 1000; i++) {
            heap.add(new Ev(sim, i, 3.0, 1.0));
        }
        heap.add(new Ev(sim, -2, 3.0, 0.5)); // lower priority value first
        heap.add(new Ev(sim, -1, 2.0, 9.0)); // earlier time first
        assertEquals(-1, id(heap.removeFirst()));
        assertEquals(-2, id(heap.removeFirst()));
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, id(heap.removeFirst()));
        }
        assertEquals(1002, heap.executed());
    }

    @Test
    void cancelAndRescheduleThroughTheSimulator() {
        EventHeap heap = new EventHeap();
        Simulator s = new Simulator(heap);
        s.init();
        List<String> ran = new ArrayList<>();
        class Named extends Event {
            final String name;

            Named(String name) {
                super(s);
                this.name = name;
            }

            @Override
            public void actions() {
                ran.add(name + "@" + s.time());
            }
        }
        Named a = new Named("a");
        Named b = new Named("b");
        Named c = new Named("c");
        a.schedule(1);
        b.schedule(2);
        c.schedule(3);
        assertTrue(b.cancel());
        assertFalse(b.cancel());
        a.reschedule(4);
        s.start();
        assertEquals(List.of("c@3.0", "a@4.0"), ran);
        assertFalse(heap.remove(new Named("never scheduled")));
    }

    @Test
    void listIteratorAddsRemovesAndSetsLikeTheSplayTree() {
        EventList tree = new SplayTree();
        EventHeap heap = new EventHeap();
        for (int i = 0; i < 6; i++) {
            tree.add(new Ev(sim, i, i / 2, 1));
            heap.add(new Ev(sim, i, i / 2, 1));
        }
        for (EventList list : List.of(tree, heap)) {
            ListIterator<Event> it = list.listIterator();
            it.next();
            it.next();
            it.remove();                         // removes 1
            it.add(new Ev(sim, 10, 0, 1));       // between 0 and 2: same time as 0, after it
            it.next();
            it.set(new Ev(sim, 11, 1, 1));       // replaces 2
            it.next();
            it.add(new Ev(sim, 12, 2, 1));       // ties with the next event (4): before it
            assertThrows(IllegalStateException.class, it::remove);
            assertSame(it.previous(), it.next());
        }
        assertEquals(ids(tree), ids(heap));
        assertEquals(List.of(0, 10, 11, 3, 12, 4, 5), ids(heap));
        ListIterator<Event> it = heap.listIterator();
        it.next();
        assertThrows(IllegalArgumentException.class, () -> it.add(new Ev(sim, 13, 99, 1)), "out of order");
        heap.clear();
        assertTrue(heap.isEmpty());
        assertTrue(heap.toString().startsWith("Contents of the event list EventHeap:"));
    }
}
