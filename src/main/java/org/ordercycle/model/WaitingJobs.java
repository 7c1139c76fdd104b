package org.ordercycle.model;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A department's waiting jobs: highest priority first, then first come, first served (the order
 * of {@link Department.Job#LINE_ORDER}). While every waiting job has the same priority, the usual
 * case, that order is the arrival order and a plain FIFO keeps it at O(1); a job of another
 * priority moves the line into a binary heap until it empties. Arrival numbers are unique, so
 * the order is total and any correct heap serves the same sequence; this one compares the keys
 * directly (java.util.PriorityQueue's call to {@code compareTo} is shared by every queue in the
 * JVM and so is not inlined).
 */
final class WaitingJobs {
    private final ArrayDeque<Department.Job> fifo = new ArrayDeque<>();
    // the heap: jobs, with their keys beside them, so that sifting reads two dense arrays and not
    // the jobs themselves (in a wide company the line holds thousands, scattered over the heap)
    private Department.Job[] heap = new Department.Job[16];
    private double[] priorities = new double[16];
    private long[] sequences = new long[16];
    private int heapSize;
    private double fifoPriority;

    void add(Department.Job job) {
        if (heapSize > 0) {
            push(job);
        } else if (fifo.isEmpty() || Double.compare(job.rank, fifoPriority) == 0) {
            fifoPriority = job.rank;
            fifo.addLast(job);
        } else {
            for (Department.Job waiting : fifo) {
                push(waiting);
            }
            fifo.clear();
            push(job);
        }
    }

    /** The next job to serve, or null when none waits. */
    Department.Job poll() {
        if (heapSize == 0) {
            return fifo.pollFirst();
        }
        Department.Job first = heap[0];
        int last = --heapSize;
        Department.Job moved = heap[last];
        heap[last] = null;
        if (last > 0) {
            siftDown(moved, priorities[last], sequences[last]);
        }
        return first;
    }

    boolean isEmpty() {
        return heapSize == 0 && fifo.isEmpty();
    }

    int size() {
        return fifo.size() + heapSize;
    }

    private void push(Department.Job job) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, 2 * heapSize);
            priorities = Arrays.copyOf(priorities, 2 * heapSize);
            sequences = Arrays.copyOf(sequences, 2 * heapSize);
        }
        double p = job.rank;
        long s = job.seq;
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(p, s, priorities[parent], sequences[parent])) {
                break;
            }
            put(i, heap[parent], priorities[parent], sequences[parent]);
            i = parent;
        }
        put(i, job, p, s);
    }

    /** Puts job (key p, s) at the root's place and sifts it down. */
    private void siftDown(Department.Job job, double p, long s) {
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < heapSize && before(priorities[right], sequences[right], priorities[child], sequences[child])) {
                child = right;
            }
            if (!before(priorities[child], sequences[child], p, s)) {
                break;
            }
            put(i, heap[child], priorities[child], sequences[child]);
            i = child;
        }
        put(i, job, p, s);
    }

    private void put(int i, Department.Job job, double p, long s) {
        heap[i] = job;
        priorities[i] = p;
        sequences[i] = s;
    }

    /**
     * True if the job of key (p1, s1) is served before that of (p2, s2): the order of
     * {@code Department.Job#LINE_ORDER}, higher priority first, then lower arrival number.
     */
    private static boolean before(double p1, long s1, double p2, long s2) {
        int c = Double.compare(p2, p1);
        return c != 0 ? c < 0 : s1 < s2;
    }
}
