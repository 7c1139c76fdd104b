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
 * <p>An event added gets a slot, which it keeps until it leaves: the slot holds the event, its
 * priority and its sequence number (the insertion order), and the slot number is written into
 * the event's own {@code ra} field ({@link Event#setRa}, reserved by SSJ for its event lists).
 * The heap itself holds only times and slot numbers, so sifting moves primitives, touches no
 * event and stores no reference; priorities and sequence numbers are read on ties only. A
 * removal by event ({@link #remove}, used by {@code Event.cancel} and {@code reschedule}) finds
 * the slot in the event and the heap position in the slot: O(log n) without a map.
 *
 * <p>{@link #addFirst} gives the smallest key there is; {@link #addBefore} and {@link #addAfter}
 * give the key of the other event and a sequence number next to it (renumbering the other
 * event's ties, in linear time: these are rare). {@code add} and {@code removeFirst} cost
 * O(log n), against the splay tree's amortised O(log n) with a larger constant and an
 * allocation per event. The four children of an entry share a cache line; the first is
 * removed bottom-up. Iteration (rare: for printing or searching by class) copies and sorts the
 * entries.
 *
 * <p>Two levels: only events of the near band are in the heap; later ones wait in buckets of
 * one time unit, unsorted ({@link FarEvents}), and move into the heap a bucket at a time when it
 * runs empty. So the heap stays small and in the cache, and each far event is sifted once,
 * shortly before it runs; the order is exactly the single heap's.
 *
 * <p>Not thread safe: one list per simulator, like SSJ's own lists.
 */
public final class EventHeap implements EventList {
    private static final int INITIAL_CAPACITY = 256;

    // by heap position
    private double[] times = new double[INITIAL_CAPACITY];
    private int[] slots = new int[INITIAL_CAPACITY];
    private int size;
    // by slot
    private Event[] events = new Event[INITIAL_CAPACITY];
    private double[] priorities = new double[INITIAL_CAPACITY];
    private long[] sequences = new long[INITIAL_CAPACITY];
    /** Heap position of the slot's entry, or -1 when the event is far. */
    private int[] positions = new int[INITIAL_CAPACITY];
    private final FarEvents far;
    /** Appends a far event to the (empty) heap unsorted: {@link #refill} orders them all at once. */
    private final FarEvents.Sink toHeap = (slot, time) -> place(size++, time, slot);
    /** Free slots: freeSlots[0..free-1]; slots from {@code fresh} on were never used. */
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int free;
    private int fresh;

    /** Next sequence number of {@link #add}; always above every number in the heap. */
    private long nextSequence;
    /** Next sequence number of {@link #addFirst}; always below every number in the heap. */
    private long firstSequence = -1;
    private int modCount;
    private long executed;

    /** An empty list whose far events wait in buckets of one time unit (a day in the model). */
    public EventHeap() {
        this(1.0);
    }

    /** An empty list with far buckets {@code bucketWidth} time units wide (tests vary it). */
    EventHeap(double bucketWidth) {
        far = new FarEvents(bucketWidth, INITIAL_CAPACITY);
    }

    /** Events removed from the head of the list so far, i.e. executed. */
    public long executed() {
        return executed;
    }

    /** The number of events in the list. */
    public int size() {
        return size + far.size();
    }

    @Override
    public boolean isEmpty() {
        return size + far.size() == 0;
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            events[slots[i]] = null;
        }
        far.forEach((slot, time) -> events[slot] = null);
        far.clear();
        size = 0;
        free = 0;
        fresh = 0;
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
        int slot = slotOf(other);
        if (slot < 0) {
            throw new IllegalArgumentException("Event not in list.");
        }
        long s = sequences[slot];
        shiftTies(slot, s);
        insert(ev, timeOf(slot), priorities[slot], s);
    }

    @Override
    public void addAfter(Event ev, Event other) {
        int slot = slotOf(other);
        if (slot < 0) {
            throw new IllegalArgumentException("Event not in list.");
        }
        long s = sequences[slot];
        shiftTies(slot, s + 1);
        insert(ev, timeOf(slot), priorities[slot], s + 1);
    }

    /**
     * Adds one to the sequence number of every entry that ties with the event in {@code slot} in
     * time and priority and has a number of at least {@code from}, leaving a free number just
     * below them. Comparisons between entries do not change, so the heap stays ordered.
     */
    private void shiftTies(int slot, long from) {
        double t = timeOf(slot);
        double p = priorities[slot];
        for (int i = 0; i < size; i++) {
            shiftTie(slots[i], times[i], t, p, from);
        }
        far.forEach((k, time) -> shiftTie(k, time, t, p, from));
    }

    private void shiftTie(int k, double time, double t, double p, long from) {
        if (time == t && priorities[k] == p && sequences[k] >= from) {
            sequences[k]++;
            nextSequence = Math.max(nextSequence, sequences[k] + 1);
        }
    }

    /** The time of the event in slot. */
    private double timeOf(int slot) {
        int pos = positions[slot];
        return pos >= 0 ? times[pos] : far.time(slot);
    }

    @Override
    public Event getFirst() {
        if (size == 0 && far.size() > 0) {
            refill();
        }
        return size == 0 ? null : events[slots[0]];
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
        int slot = slotOf(ev);
        if (slot < 0) {
            return false;
        }
        int pos = positions[slot];
        if (pos >= 0) {
            removeAt(pos);
        } else {
            far.remove(slot);
            release(slot);
        }
        return true;
    }

    @Override
    public Event removeFirst() {
        if (size == 0) {
            if (far.size() == 0) {
                return null;
            }
            refill();
        }
        Event first = events[slots[0]];
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
            sb.append(System.lineSeparator())
                    .append(String.format(java.util.Locale.ROOT, "%12.7g, %8.4g : %s", e.time(), e.priority(), e));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- heap

    /**
     * Moves the next far bucket into the empty heap and orders it bottom-up (Floyd's heap
     * construction): linear in the bucket's size, where sifting each event up costs a log each,
     * and a wide company's day holds thousands. Keys are unique (sequence numbers), so any heap
     * of them gives the same order of execution.
     */
    private void refill() {
        far.advance(toHeap);
        for (int i = (size - 2) >>> 2; i >= 0 && size > 1; i--) {
            siftDown(i);
        }
    }

    /** Sifts entry i down below its smaller children. */
    private void siftDown(int i) {
        double t = times[i];
        int slot = slots[i];
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int child = first + 3 < size ? smallestOfFour(first) : smallest(first, size);
            if (!before(times[child], slots[child], t, slot)) {
                break;
            }
            move(child, i);
            i = child;
        }
        place(i, t, slot);
    }

    /** The slot of ev if it is in this list, else -1. */
    private int slotOf(Event ev) {
        int slot = ev.getRa();
        return slot >= 0 && slot < fresh && events[slot] == ev ? slot : -1;
    }

    private void insert(Event ev, double time, double priority, long sequence) {
        if (size + far.size() == times.length) {
            int n = times.length * 2;
            far.growSlots(n);
            times = Arrays.copyOf(times, n);
            slots = Arrays.copyOf(slots, n);
            events = Arrays.copyOf(events, n);
            priorities = Arrays.copyOf(priorities, n);
            sequences = Arrays.copyOf(sequences, n);
            positions = Arrays.copyOf(positions, n);
            freeSlots = Arrays.copyOf(freeSlots, n);
        }
        if (sequence >= nextSequence) {
            nextSequence = sequence + 1;
        }
        if (sequence <= firstSequence) {
            firstSequence = sequence - 1;
        }
        int slot = free > 0 ? freeSlots[--free] : fresh++;
        events[slot] = ev;
        priorities[slot] = priority;
        sequences[slot] = sequence;
        ev.setRa(slot);
        if (far.isNear(time)) {
            siftUp(size++, time, slot);
        } else {
            positions[slot] = -1;
            far.add(slot, time);
        }
        modCount++;
    }

    /** Frees the slot of an event that left the list. */
    private void release(int slot) {
        events[slot] = null;
        freeSlots[free++] = slot;
        modCount++;
    }

    /**
     * Removes entry i: the smallest child moves up into the hole, level by level down to a leaf,
     * and the last entry is sifted up from there (Floyd's bottom-up deletion: the last entry
     * mostly belongs near the bottom, so this saves a comparison per level).
     */
    private void removeAt(int i) {
        int gone = slots[i];
        int last = --size;
        if (i != last) {
            double t = times[last];
            int slot = slots[last];
            while (true) {
                int first = 4 * i + 1;
                if (first >= size) {
                    break;
                }
                int child = first + 3 < size ? smallestOfFour(first) : smallest(first, size);
                move(child, i);
                i = child;
            }
            siftUp(i, t, slot);
        }
        release(gone);
    }

    /**
     * The position of the first of the four entries from {@code first}. Which child comes first
     * is as good as random, so the times are compared without branches; a tie at the smallest
     * time (about one choice in ten in the model: carriers collect at set times) needs the rest
     * of the key.
     */
    private int smallestOfFour(int first) {
        double t0 = times[first];
        double t1 = times[first + 1];
        double t2 = times[first + 2];
        double t3 = times[first + 3];
        int a = t1 < t0 ? first + 1 : first;
        int b = t3 < t2 ? first + 3 : first + 2;
        double ta = Math.min(t0, t1);
        double tb = Math.min(t2, t3);
        double min = Math.min(ta, tb);
        int atMin = (t0 == min ? 1 : 0) + (t1 == min ? 1 : 0) + (t2 == min ? 1 : 0) + (t3 == min ? 1 : 0);
        if (atMin > 1) {
            return smallest(first, first + 4);
        }
        return tb < ta ? b : a;
    }

    /** The position of the first entry from {@code from} (inclusive) to {@code to}, by the full key. */
    private int smallest(int from, int to) {
        int child = from;
        double ct = times[from];
        for (int k = from + 1; k < to; k++) {
            double kt = times[k];
            if (kt < ct || kt == ct && tieBefore(slots[k], slots[child])) {
                child = k;
                ct = kt;
            }
        }
        return child;
    }

    /** True if key (t1, slot a) comes before key (t2, slot b). */
    private boolean before(double t1, int a, double t2, int b) {
        if (t1 < t2) {
            return true;
        }
        if (t1 > t2) {
            return false;
        }
        return tieBefore(a, b);
    }

    /**
     * For equal times, the rest of SSJ's {@code Event.compareTo} (priority), then the sequence
     * number.
     */
    private boolean tieBefore(int a, int b) {
        double p1 = priorities[a];
        double p2 = priorities[b];
        if (p1 < p2) {
            return true;
        }
        if (p1 > p2) {
            return false;
        }
        return sequences[a] < sequences[b];
    }

    private void siftUp(int i, double t, int slot) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!before(t, slot, times[parent], slots[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(i, t, slot);
    }

    private void move(int from, int to) {
        int slot = slots[from];
        times[to] = times[from];
        slots[to] = slot;
        positions[slot] = to;
    }

    private void place(int i, double t, int slot) {
        times[i] = t;
        slots[i] = slot;
        positions[slot] = i;
    }

    /** The events in execution order (a sorted copy). */
    private List<Event> sorted() {
        List<Integer> order = new ArrayList<>(size + far.size());
        for (int i = 0; i < size; i++) {
            order.add(slots[i]);
        }
        far.forEach((slot, time) -> order.add(slot));
        order.sort((a, b) -> a.equals(b) ? 0
                : before(timeOf(a), a, timeOf(b), b) ? -1 : 1);
        List<Event> list = new ArrayList<>(order.size());
        for (Integer slot : order) {
            list.add(events[slot]);
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
