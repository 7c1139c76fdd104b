package org.ordercycle.model;

import org.ordercycle.engine.WorkCalendar;

/**
 * Watches a staffed department for overload: the share of its staff's open hours spent on work
 * after the warm-up (a server holding a job counts as busy only while the calendar is open,
 * which is when the job is worked), and the queue length in the first and last thirds of the
 * measured period. Kept apart from {@link Department} so that the department only reports its
 * state after each change.
 */
final class LoadProbe {
    private final int staff;
    private final WorkCalendar calendar;
    private final double warmup;
    private final double end;
    private final QueueThirds queue;
    private double lastTime;
    private int busy;
    private double busyOpenTime;

    LoadProbe(int staff, WorkCalendar calendar, double warmup, double end) {
        this.staff = staff;
        this.calendar = calendar;
        this.warmup = warmup;
        this.end = end;
        this.queue = new QueueThirds(warmup, end);
    }

    /** From time t on, {@code busy} staff hold a job and {@code waiting} jobs wait. */
    void state(double t, int busy, int waiting) {
        accumulate(t);
        this.busy = busy;
        queue.level(t, waiting);
    }

    private void accumulate(double t) {
        double a = Math.max(lastTime, warmup);
        double b = Math.min(t, end);
        if (busy > 0 && b > a) {
            busyOpenTime += busy * calendar.workingTimeBetween(a, b);
        }
        lastTime = Math.max(lastTime, t);
    }

    /** Busy staff time / open staff time after the warm-up, in [0, 1]; NaN when never open. */
    double utilisation() {
        accumulate(end);
        double open = staff * calendar.workingTimeBetween(warmup, end);
        return open > 0 ? Math.min(1, busyOpenTime / open) : Double.NaN;
    }

    double queueFirst() {
        return queue.first(end);
    }

    double queueLast() {
        return queue.last(end);
    }
}
