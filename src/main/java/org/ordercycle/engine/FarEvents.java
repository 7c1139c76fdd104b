package org.ordercycle.engine;

import java.util.Arrays;

/**
 * The far events of an {@link EventHeap}: those after its near band, in buckets of
 * {@code width} time units (a calendar). Bucket b holds the times t with
 * {@code floor(t * (1 / width)) == b}; buckets up to {@link #near} belong to the heap, the next
 * {@link #RING} ones sit unsorted in a ring of lists, and later events in an overflow heap
 * ordered by time. Rounded multiplication by a positive constant is monotonic, so an earlier
 * bucket means an earlier time: every near event comes before every far one, and the heap's
 * order is untouched.
 *
 * <p>Adding or removing an event in the ring costs O(1); {@link #advance} moves the next bucket
 * into the heap, so each far event is sifted once, shortly before it runs. In the model (days),
 * these are mostly customer payments weeks ahead, most of the ~3,000 pending events, and the
 * overflow heap stays nearly empty. Events further ahead than the ring cost O(log n) to add and
 * leave the overflow once, when the ring reaches them, whatever their number.
 */
final class FarEvents {
    /** Buckets ahead of the near band kept in the ring; later events wait in the overflow heap. */
    static final int RING = 256;
    /** The list number of the overflow heap (ring lists are 0 to RING - 1). */
    private static final int OVERFLOW = RING;

    /** Receives far events: the heap when its near band grows, or a caller visiting them all. */
    interface Sink {
        void accept(int slot, double time);
    }

    /** 1 / width: multiplying by a positive constant is as monotonic as dividing, and cheaper. */
    private final double perWidth;
    /** Buckets up to this one are near (in the heap); {@code Long.MIN_VALUE} before the first advance. */
    private long near = Long.MIN_VALUE;
    private final int[][] lists = new int[RING][];
    private final int[] counts = new int[RING];
    private int ringSize;
    /** The overflow: a binary min-heap of slots by time. */
    private int[] overflow = new int[16];
    private int overflowSize;
    // by slot
    private double[] times;
    /** The ring list of the slot's event, or OVERFLOW. */
    private int[] listOf;
    /** The event's index in its ring list, or its position in the overflow heap. */
    private int[] indexOf;

    FarEvents(double width, int capacity) {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("bucket width must be positive and finite: " + width);
        }
        this.perWidth = 1 / width;
        for (int i = 0; i < RING; i++) {
            lists[i] = new int[8];
        }
        times = new double[capacity];
        listOf = new int[capacity];
        indexOf = new int[capacity];
    }

    /** Makes room for slots below {@code capacity}. */
    void growSlots(int capacity) {
        times = Arrays.copyOf(times, capacity);
        listOf = Arrays.copyOf(listOf, capacity);
        indexOf = Arrays.copyOf(indexOf, capacity);
    }

    int size() {
        return ringSize + overflowSize;
    }

    /** True when an event at time t belongs to the heap's near band. */
    boolean isNear(double t) {
        return bucket(t) <= near;
    }

    /** The time of the far event in slot. */
    double time(int slot) {
        return times[slot];
    }

    /** Adds a far event (one that {@link #isNear} refused). */
    void add(int slot, double t) {
        times[slot] = t;
        long b = bucket(t);
        if (inRing(b)) {
            append(b, slot);
        } else {
            pushOverflow(slot);
        }
    }

    /** Removes the far event in slot. */
    void remove(int slot) {
        int list = listOf[slot];
        int i = indexOf[slot];
        if (list == OVERFLOW) {
            removeOverflow(i);
            return;
        }
        int last = --counts[list];
        if (i != last) { // the last of the list takes its place
            int moved = lists[list][last];
            lists[list][i] = moved;
            indexOf[moved] = i;
        }
        ringSize--;
    }

    /**
     * Widens the near band to the next bucket that holds events and hands them to the sink; call
     * it when the heap is empty and far events remain.
     */
    void advance(Sink sink) {
        while (size() > 0) {
            if (ringSize == 0) { // nothing in the ring: jump to just before the first overflow bucket
                near = bucket(times[overflow[0]]) - 1;
                spillOverflow();
            }
            near++;
            int list = (int) Math.floorMod(near, (long) RING);
            int n = counts[list];
            if (n > 0) {
                int[] slots = lists[list];
                counts[list] = 0;
                ringSize -= n;
                for (int i = 0; i < n; i++) {
                    sink.accept(slots[i], times[slots[i]]);
                }
            }
            spillOverflow(); // the ring's end moved one bucket on
            if (n > 0) {
                return;
            }
        }
    }

    /** Calls f for every far event, in no order (for printing, iterating and tie renumbering). */
    void forEach(Sink f) {
        for (int list = 0; list < RING; list++) {
            for (int i = 0; i < counts[list]; i++) {
                int slot = lists[list][i];
                f.accept(slot, times[slot]);
            }
        }
        for (int i = 0; i < overflowSize; i++) {
            f.accept(overflow[i], times[overflow[i]]);
        }
    }

    void clear() {
        Arrays.fill(counts, 0);
        ringSize = 0;
        overflowSize = 0;
        near = Long.MIN_VALUE;
    }

    /** Moves the overflow events whose bucket the ring now covers into it, earliest first. */
    private void spillOverflow() {
        while (overflowSize > 0) {
            int slot = overflow[0];
            long b = bucket(times[slot]);
            if (!inRing(b)) {
                return;
            }
            removeOverflow(0);
            append(b, slot);
        }
    }

    /** True when bucket b (after the near band) falls in the ring; a difference that overflows does not. */
    private boolean inRing(long b) {
        long ahead = b - near;
        return near != Long.MIN_VALUE && ahead > 0 && ahead <= RING;
    }

    private long bucket(double t) {
        return (long) Math.floor(t * perWidth); // saturates for huge times: still monotonic
    }

    private void append(long bucket, int slot) {
        int list = (int) Math.floorMod(bucket, (long) RING);
        int n = counts[list];
        if (n == lists[list].length) {
            lists[list] = Arrays.copyOf(lists[list], 2 * n);
        }
        lists[list][n] = slot;
        counts[list] = n + 1;
        listOf[slot] = list;
        indexOf[slot] = n;
        ringSize++;
    }

    // ---------------------------------------------------------------- overflow heap

    private void pushOverflow(int slot) {
        if (overflowSize == overflow.length) {
            overflow = Arrays.copyOf(overflow, 2 * overflowSize);
        }
        listOf[slot] = OVERFLOW;
        siftUp(overflowSize++, slot);
    }

    private void removeOverflow(int i) {
        int last = overflow[--overflowSize];
        if (i < overflowSize) { // the last entry fills the hole, then finds its place
            siftDown(i, last);
            if (overflow[i] == last) {
                siftUp(i, last);
            }
        }
    }

    private void siftUp(int i, int slot) {
        double t = times[slot];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = overflow[parent];
            if (times[p] <= t) {
                break;
            }
            put(i, p);
            i = parent;
        }
        put(i, slot);
    }

    private void siftDown(int i, int slot) {
        double t = times[slot];
        int half = overflowSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < overflowSize && times[overflow[right]] < times[overflow[child]]) {
                child = right;
            }
            int c = overflow[child];
            if (t <= times[c]) {
                break;
            }
            put(i, c);
            i = child;
        }
        put(i, slot);
    }

    private void put(int i, int slot) {
        overflow[i] = slot;
        indexOf[slot] = i;
    }
}
