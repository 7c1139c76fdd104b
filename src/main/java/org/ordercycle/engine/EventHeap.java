package org.ordercycle.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An SSJ event list on a 4-ary heap kept in primitive arrays, which executes events in exactly
 * the order of SSJ's default {@code SplayTree}: by time, then priority (lower first), then
 * insertion order, so that events scheduled for the same time and priority run first in, first
 * out. It also counts the events executed, i.e. removed from the head.
 *
 * <p>Each entry carries its own key (time, priority, sequence number) copied from the event when
 * it is added; the heap compares those, never the event. {@link #addFirst} gives the smallest
 * key there is, {@link #addBefore} and {@link #addAfter} give the key of the other event and a
 * sequence number next to it (renumbering the other event's ties, in linear time: these are
 * rare). From the first search for a given event on ({@link #remove}, used by
 * {@code Event.cancel} and {@code reschedule}; {@code addBefore}, {@code addAfter}), the position
 * of every event in the heap is kept in the event's own {@code ra} field ({@link Event#setRa},
 * reserved by SSJ for its event lists), so that a removal costs O(log n) without a map; a
 * simulation that never cancels does not pay for it (writing into each moved event is a cache
 * miss per level of the heap).
 *
 * <p>{@code add} and {@code removeFirst} cost O(log n), against the splay tree's amortised
 * O(log n) with a larger constant and an allocation per event; the four children of an entry
 * share a cache line. Iteration (rare: for printing or searching by class) copies and sorts the
 * entries.
 *
 * <p>Not thread safe: one list per simulator, like SSJ's own lists.
 */
public final class EventHeap implements EventList {
    private static final int INITIAL_CAPACITY = 256;

    private Event[] events = new Event[INITIAL_CAPACITY];
    private double[] times = new double[INITIAL_CAPACITY];
    private double[] priorities = new double[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    private int size;
    /** Next sequence number of {@link #add}; always above every number in the heap. */
    private long nextSequence;
    /** Next sequence number of {@link #addFirst}; always below every number in the heap. */
    private long firstSequence = -1;
    private int modCount;
    private long executed;
    /** True once an event has been looked up (remove, addBefore, addAfter): positions are then kept in the events. */
    private boolean indexed;

    /** Events removed from the head of the list so far, i.e. executed. */
    public long executed() {
        return executed;
    }

    /** The number of events in the list. */
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            if (indexed) {
                events[i].setRa(0);
            }
            events[i] = null;
        }
        size = 0;
        nextSequence = 0;
        firstSequence = -1;
        modCount++;
    }

    @Override
    public void add(Event ev) {
        insert(ev, ev.time(), ev.priority(), nextSequence++);
    }

    /** Puts ev before every other event (SSJ's {@code scheduleNext} has set its time to now). */
    @Override
    public void addFirst(Event ev) {
        insert(ev, ev.time(), Double.NEGATIVE_INFINITY, firstSequence--);
    }

    @Override
    public void addBefore(Event ev, Event other) {
        int j = indexOf(other);
        if (j < 0) {
            throw new IllegalArgumentException("Event not in list.");
        }
        long s = sequences[j];
        shiftTies(j, s);
        insert(ev, times[j], priorities[j], s);
    }

    @Override
    public void addAfter(Event ev, Event other) {
        int j = indexOf(other);
        if (j < 0) {
            throw new IllegalArgumentException("Event not in list.");
        }
        long s = sequences[j];
        shiftTies(j, s + 1);
        insert(ev, times[j], priorities[j], s + 1);
    }

    /**
     * Adds one to the sequence number of every entry that ties with entry j in time and
     * priority and has a number of at least {@code from}, leaving a free number just below them.
     * Comparisons between entries do not change, so the heap stays ordered.
     */
    private void shiftTies(int j, long from) {
        double t = times[j];
        double p = priorities[j];
        for (int i = 0; i < size; i++) {
            if (times[i] == t && priorities[i] == p && sequences[i] >= from) {
                sequences[i]++;
                nextSequence = Math.max(nextSequence, sequences[i] + 1);
            }
        }
    }

    @Override
    public Event getFirst() {
        return size == 0 ? null : events[0];
    }

    @Override
    public Event getFirstOfClass(String cl) {
        for (Event e : sorted()) {
            if (e.getClass().getName().equals(cl)) {
                return e;
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
        for (Event e : sorted()) {
            if (e.getClass() == cl) {
                return (E) e;
            }
        }
        return null;
    }

    @Override
    public boolean remove(Event ev) {
        int i = indexOf(ev);
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    @Override
    public Event removeFirst() {
        if (size == 0) {
            return null;
        }
        Event first = events[0];
        removeAt(0);
        executed++;
        return first;
    }

    @Override
    public Iterator<Event> iterator() {
        return listIterator();
    }

    /**
     * An iterator over the events in execution order, on a copy taken now. Like the splay tree's,
     * it supports {@code remove}, {@code set} and {@code add}; the event given to {@code add} or
     * {@code set} must lie between its neighbours in time and priority (else
     * IllegalArgumentException), and any change to the list made other than through this iterator
     * makes it fail.
     */
    @Override
    public ListIterator<Event> listIterator() {
        return new Itr();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Contents of the event list EventHeap:");
        for (Event e : sorted()) {
            sb.append(System.lineSeparator()).append(String.format("%12.7g, %8.4g : %s", e.time(), e.priority(), e));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- heap

    private int indexOf(Event ev) {
        if (!indexed) {
            // first search by event: from now on every entry keeps its position in its event
            indexed = true;
            for (int i = 0; i < size; i++) {
                events[i].setRa(i);
            }
        }
        int i = ev.getRa();
        return i >= 0 && i < size && events[i] == ev ? i : -1;
    }

    private void insert(Event ev, double time, double priority, long sequence) {
        if (size == events.length) {
            int n = size * 2;
            events = Arrays.copyOf(events, n);
            times = Arrays.copyOf(times, n);
            priorities = Arrays.copyOf(priorities, n);
            sequences = Arrays.copyOf(sequences, n);
        }
        if (sequence >= nextSequence) {
            nextSequence = sequence + 1;
        }
        if (sequence <= firstSequence) {
            firstSequence = sequence - 1;
        }
        siftUp(size++, ev, time, priority, sequence);
        modCount++;
    }

    private void removeAt(int i) {
        Event gone = events[i];
        int last = --size;
        if (i != last) {
            Event ev = events[last];
            double t = times[last];
            double p = priorities[last];
            long s = sequences[last];
            events[last] = null;
            siftDown(i, ev, t, p, s);
            if (events[i] == ev) {
                siftUp(i, ev, t, p, s);
            }
        } else {
            events[last] = null;
        }
        if (indexed) {
            gone.setRa(0);
        }
        modCount++;
    }

    /** True if key (t1, p1, s1) comes before the key of entry j. */
    private boolean before(double t1, double p1, long s1, int j) {
        return before(t1, p1, s1, times[j], priorities[j], sequences[j]);
    }

    /** True if entry a comes before entry b. */
    private boolean before(int a, int b) {
        return before(times[a], priorities[a], sequences[a], times[b], priorities[b], sequences[b]);
    }

    private void siftUp(int i, Event ev, double t, double p, long s) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!before(t, p, s, parent)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(i, ev, t, p, s);
    }

    private void siftDown(int i, Event ev, double t, double p, long s) {
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int child = first;
            int stop = Math.min(first + 4, size);
            for (int k = first + 1; k < stop; k++) {
                if (before(k, child)) {
                    child = k;
                }
            }
            if (!before(times[child], priorities[child], sequences[child], t, p, s)) {
                break;
            }
            move(child, i);
            i = child;
        }
        place(i, ev, t, p, s);
    }

    /**
     * True if key (t1, p1, s1) comes before (t2, p2, s2): the comparisons of SSJ's
     * {@code Event.compareTo}, then the sequence number.
     */
    private static boolean before(double t1, double p1, long s1, double t2, double p2, long s2) {
        if (t1 < t2) {
            return true;
        }
        if (t1 > t2) {
            return false;
        }
        if (p1 < p2) {
            return true;
        }
        if (p1 > p2) {
            return false;
        }
        return s1 < s2;
    }

    private void move(int from, int to) {
        Event ev = events[from];
        events[to] = ev;
        times[to] = times[from];
        priorities[to] = priorities[from];
        sequences[to] = sequences[from];
        if (indexed) {
            ev.setRa(to);
        }
    }

    private void place(int i, Event ev, double t, double p, long s) {
        events[i] = ev;
        times[i] = t;
        priorities[i] = p;
        sequences[i] = s;
        if (indexed) {
            ev.setRa(i);
        }
    }

    /** The events in execution order (a sorted copy). */
    private List<Event> sorted() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                : before(times[a], priorities[a], sequences[a], b) ? -1 : 1);
        List<Event> list = new ArrayList<>(size);
        for (Integer i : order) {
            list.add(events[i]);
        }
        return list;
    }

    // ---------------------------------------------------------------- iterator

    private final class Itr implements ListIterator<Event> {
        private final List<Event> snapshot = sorted();
        private int cursor;
        private int lastRet = -1;
        private int expectedModCount = modCount;

        private void check() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        public boolean hasNext() {
            check();
            return cursor < snapshot.size();
        }

        @Override
        public Event next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastRet = cursor;
            return snapshot.get(cursor++);
        }

        @Override
        public boolean hasPrevious() {
            check();
            return cursor > 0;
        }

        @Override
        public Event previous() {
            if (!hasPrevious()) {
                throw new NoSuchElementException();
            }
            lastRet = --cursor;
            return snapshot.get(cursor);
        }

        @Override
        public int nextIndex() {
            return cursor;
        }

        @Override
        public int previousIndex() {
            return cursor - 1;
        }

        @Override
        public void remove() {
            check();
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            EventHeap.this.remove(snapshot.remove(lastRet));
            if (lastRet < cursor) {
                cursor--;
            }
            lastRet = -1;
            expectedModCount = modCount;
        }

        @Override
        public void set(Event ev) {
            check();
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            Event old = snapshot.get(lastRet);
            Event pred = lastRet > 0 ? snapshot.get(lastRet - 1) : null;
            Event succ = lastRet + 1 < snapshot.size() ? snapshot.get(lastRet + 1) : null;
            checkBetween(ev, pred, succ);
            EventHeap.this.remove(old);
            insertBetween(ev, pred, succ);
            snapshot.set(lastRet, ev);
            expectedModCount = modCount;
        }

        @Override
        public void add(Event ev) {
            check();
            Event pred = cursor > 0 ? snapshot.get(cursor - 1) : null;
            Event succ = cursor < snapshot.size() ? snapshot.get(cursor) : null;
            checkBetween(ev, pred, succ);
            insertBetween(ev, pred, succ);
            snapshot.add(cursor++, ev);
            lastRet = -1;
            expectedModCount = modCount;
        }
    }

    /**
     * Checks that ev's time and priority lie between its neighbours'. (The splay tree's iterator
     * tries to move them there, but {@code Event}'s setters refuse once the time is set.)
     */
    private static void checkBetween(Event ev, Event pred, Event succ) {
        if (pred != null && ev.compareTo(pred) < 0 || succ != null && ev.compareTo(succ) > 0) {
            throw new IllegalArgumentException("event " + ev + " at time " + ev.time() + ", priority "
                    + ev.priority() + " does not fit between its neighbours in the event list");
        }
    }

    /** Inserts ev (between pred and succ in time and priority) right after pred and before succ. */
    private void insertBetween(Event ev, Event pred, Event succ) {
        if (pred != null && ev.compareTo(pred) == 0) {
            addAfter(ev, pred);
        } else if (succ != null && ev.compareTo(succ) == 0) {
            addBefore(ev, succ);
        } else {
            add(ev);
        }
    }
}
