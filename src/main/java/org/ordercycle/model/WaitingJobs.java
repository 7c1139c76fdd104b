package org.ordercycle.model;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A department's waiting jobs: highest priority first, then first come, first served (the order
 * of {@link Department.Job#compareTo}). While every waiting job has the same priority, the usual
 * case, that order is the arrival order and a plain FIFO keeps it at O(1); a job of another
 * priority moves the line into a binary heap until it empties. Arrival numbers are unique, so
 * the order is total and any correct heap serves the same sequence; this one calls the jobs'
 * own {@code compareTo} (java.util.PriorityQueue's call to it is shared by every queue in the
 * JVM and so is not inlined).
 */
final class WaitingJobs {
    private final ArrayDeque<Department.Job> fifo = new ArrayDeque<>();
    private Department.Job[] heap = new Department.Job[16];
    private int heapSize;
    private double fifoPriority;

    void add(Department.Job job) {
        if (heapSize > 0) {
            push(job);
        } else if (fifo.isEmpty() || Double.compare(job.priority, fifoPriority) == 0) {
            fifoPriority = job.priority;
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
        Department.Job last = heap[--heapSize];
        heap[heapSize] = null;
        if (heapSize > 0) {
            siftDown(last);
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
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(job, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = job;
    }

    /** Puts job at the root's place and sifts it down. */
    private void siftDown(Department.Job job) {
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < heapSize && before(heap[right], heap[child])) {
                child = right;
            }
            if (!before(heap[child], job)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = job;
    }

    /** True if a is served before b ({@code Job} is final, so this call is inlined). */
    private static boolean before(Department.Job a, Department.Job b) {
        return a.compareTo(b) < 0;
    }
}
