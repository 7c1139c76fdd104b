package org.ordercycle.model;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * A department's waiting jobs: highest priority first, then first come, first served (the order
 * of {@link Department.Job#compareTo}). While every waiting job has the same priority, the usual
 * case, that order is the arrival order and a plain FIFO keeps it at O(1); a job of another
 * priority moves the line into a heap until it empties.
 */
final class WaitingJobs {
    private final ArrayDeque<Department.Job> fifo = new ArrayDeque<>();
    private final PriorityQueue<Department.Job> heap = new PriorityQueue<>();
    private double fifoPriority;

    void add(Department.Job job) {
        if (!heap.isEmpty()) {
            heap.add(job);
        } else if (fifo.isEmpty() || Double.compare(job.priority, fifoPriority) == 0) {
            fifoPriority = job.priority;
            fifo.addLast(job);
        } else {
            heap.addAll(fifo);
            fifo.clear();
            heap.add(job);
        }
    }

    /** The next job to serve, or null when none waits. */
    Department.Job poll() {
        return heap.isEmpty() ? fifo.pollFirst() : heap.poll();
    }

    boolean isEmpty() {
        return fifo.isEmpty() && heap.isEmpty();
    }

    int size() {
        return fifo.size() + heap.size();
    }
}
