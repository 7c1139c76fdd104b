package org.ordercycle.engine;

import java.util.Arrays;

/**
 * The far events of an {@link EventHeap}: those after its near band, kept unsorted in buckets of
 * {@code width} time units (a calendar). Bucket b holds the times t with
 * {@code floor(t / width) == b}; buckets up to {@link #near} belong to the heap, the next
 * {@link #RING} ones sit in a ring of lists, and later ones in one overflow list. Since division
 * is monotonic, an earlier bucket means an earlier time: every near event comes before every far
 * one, and the heap's order is untouched.
 *
 * <p>Adding or removing a far event costs O(1); {@link #advance} moves the next bucket into the
 * heap, so each far event is sifted once, shortly before it runs. In the model (days), these
 * are mostly customer payments weeks ahead, most of the ~3,000 pending events.
 */
final class FarEvents {
    /** Buckets ahead of the near band kept in the ring; later ones wait in the overflow list. */
    static final int RING = 256;
    private static final int OVERFLOW = RING;

    /** Where a far event goes when the heap's near band grows. */
    interface Sink {
        void near(int slot, double time);
    }

    private final double width;
    /** Buckets up to this one are near (in the heap); {@code Long.MIN_VALUE} before the first advance. */
    private long near = Long.MIN_VALUE;
    private final int[][] lists = new int[RING + 1][];
    private final int[] counts = new int[RING + 1];
    private int size;
    private int ringSize;
    /** No overflow event has an earlier bucket (a lower bound: removals may leave it stale). */
    private long overflowMin = Long.MAX_VALUE;
    // by slot
    private double[] times;
    private int[] listOf;
    private int[] indexOf;

    FarEvents(double width, int capacity) {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("bucket width must be positive and finite: " + width);
        }
        this.width = width;
        for (int i = 0; i <= RING; i++) {
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
        return size;
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
        long b = bucket(t);
        int list;
        if (inRing(b)) {
            list = (int) Math.floorMod(b, (long) RING);
            ringSize++;
        } else {
            list = OVERFLOW;
            overflowMin = Math.min(overflowMin, b);
        }
        times[slot] = t;
        append(list, slot);
        size++;
    }

    /** Removes the far event in slot (the last of its list takes its place). */
    void remove(int slot) {
        int list = listOf[slot];
        int i = indexOf[slot];
        int last = --counts[list];
        if (i != last) {
            int moved = lists[list][last];
            lists[list][i] = moved;
            indexOf[moved] = i;
        }
        if (list != OVERFLOW) {
            ringSize--;
        }
        size--;
    }

    /**
     * Widens the near band to the next bucket that holds events and hands them to the sink; call
     * it when the heap is empty and far events remain.
     */
    void advance(Sink sink) {
        while (size > 0) {
            if (ringSize == 0) { // nothing in the ring: jump to just before the first overflow bucket
                near = overflowMin - 1;
                spillOverflow();
            }
            near++;
            int list = (int) Math.floorMod(near, (long) RING);
            int n = counts[list];
            if (n > 0) {
                int[] slots = lists[list];
                counts[list] = 0;
                ringSize -= n;
                size -= n;
                for (int i = 0; i < n; i++) {
                    sink.near(slots[i], times[slots[i]]);
                }
            }
            if (overflowMin - near <= RING) {
                spillOverflow(); // the ring's end moved onto an overflow bucket
            }
            if (n > 0) {
                return;
            }
        }
    }

    /** Calls f for every far event, in no order (for printing, iterating and tie renumbering). */
    void forEach(Sink f) {
        for (int list = 0; list <= RING; list++) {
            for (int i = 0; i < counts[list]; i++) {
                int slot = lists[list][i];
                f.near(slot, times[slot]);
            }
        }
    }

    void clear() {
        Arrays.fill(counts, 0);
        size = 0;
        ringSize = 0;
        near = Long.MIN_VALUE;
        overflowMin = Long.MAX_VALUE;
    }

    /** Moves the overflow events whose bucket the ring now covers into it; recomputes overflowMin. */
    private void spillOverflow() {
        int[] slots = lists[OVERFLOW];
        int n = counts[OVERFLOW];
        counts[OVERFLOW] = 0;
        overflowMin = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int slot = slots[i];
            long b = bucket(times[slot]);
            if (inRing(b)) {
                append((int) Math.floorMod(b, (long) RING), slot);
                ringSize++;
            } else {
                append(OVERFLOW, slot); // writes at or below index i: not yet read entries stay intact
                overflowMin = Math.min(overflowMin, b);
            }
        }
    }

    /** True when bucket b (after the near band) falls in the ring; a difference that overflows does not. */
    private boolean inRing(long b) {
        long ahead = b - near;
        return near != Long.MIN_VALUE && ahead > 0 && ahead <= RING;
    }

    private long bucket(double t) {
        return (long) Math.floor(t / width); // saturates for huge times: still monotonic
    }

    private void append(int list, int slot) {
        int n = counts[list];
        if (n == lists[list].length) {
            lists[list] = Arrays.copyOf(lists[list], 2 * n);
        }
        lists[list][n] = slot;
        counts[list] = n + 1;
        listOf[slot] = list;
        indexOf[slot] = n;
    }
}
