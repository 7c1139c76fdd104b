package org.ordercycle.bench;

import java.util.Arrays;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * An event list that hands every call to another and records the schedule that passes through
 * it: the time and priority of each event added, and the time of each event removed to run, in
 * order. {@link #schedule} then gives the model's work on its event list without the model, to
 * be replayed on any list. Supports what a simulation that never cancels or reorders events
 * uses: {@code add}, {@code removeFirst} and the queries. Records at most {@code capacity}
 * calls (memory: 17 bytes each), the run's beginning when it makes more; the counts of events
 * run and waiting cover the whole run.
 */
final class ScheduleRecorder implements EventList {
    /** Calls recorded at most by default: about three replications of the baseline, 34 MB. */
    static final int CAPACITY = 2_000_000;

    private final EventList list;
    private final int capacity;
    private double[] times = new double[1 << 16];
    private double[] priorities = new double[1 << 16];
    private boolean[] removals = new boolean[1 << 16];
    private int size;
    private long executed;
    private long waiting;
    private long waitingSum;

    ScheduleRecorder(EventList list) {
        this(list, CAPACITY);
    }

    ScheduleRecorder(EventList list, int capacity) {
        this.list = list;
        this.capacity = capacity;
    }

    @Override
    public void add(Event ev) {
        record(ev.time(), ev.priority(), false);
        waiting++;
        list.add(ev);
    }

    @Override
    public Event removeFirst() {
        Event ev = list.removeFirst();
        if (ev != null) {
            record(ev.time(), ev.priority(), true);
            executed++;
            waiting--;
            waitingSum += waiting;
        }
        return ev;
    }

    private void record(double time, double priority, boolean removal) {
        if (size == capacity) {
            return;
        }
        if (size == times.length) {
            int n = (int) Math.min(capacity, 2L * size);
            times = Arrays.copyOf(times, n);
            priorities = Arrays.copyOf(priorities, n);
            removals = Arrays.copyOf(removals, n);
        }
        times[size] = time;
        priorities[size] = priority;
        removals[size] = removal;
        size++;
    }

    /** Events removed to run so far (recorded or not). */
    long executed() {
        return executed;
    }

    /** Mean number of events left waiting behind each event removed to run (0 before any). */
    double meanWaiting() {
        return executed == 0 ? 0 : (double) waitingSum / executed;
    }

    /** The schedule recorded so far: the whole run, or its first {@code capacity} calls. */
    EventSchedule schedule() {
        return new EventSchedule(Arrays.copyOf(times, size), Arrays.copyOf(priorities, size),
                Arrays.copyOf(removals, size));
    }

    @Override
    public boolean isEmpty() {
        return list.isEmpty();
    }

    @Override
    public Event getFirst() {
        return list.getFirst();
    }

    @Override
    public Event getFirstOfClass(String cl) {
        return list.getFirstOfClass(cl);
    }

    @Override
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
        return list.getFirstOfClass(cl);
    }

    @Override
    public java.util.Iterator<Event> iterator() {
        return list.iterator();
    }

    @Override
    public ListIterator<Event> listIterator() {
        return list.listIterator();
    }

    /** Clears the list before anything is recorded ({@code Simulator.init} does). */
    @Override
    public void clear() {
        if (size > 0) {
            throw unsupported("clear once events were recorded");
        }
        list.clear();
    }

    @Override
    public void addFirst(Event ev) {
        throw unsupported("addFirst");
    }

    @Override
    public void addBefore(Event ev, Event other) {
        throw unsupported("addBefore");
    }

    @Override
    public void addAfter(Event ev, Event other) {
        throw unsupported("addAfter");
    }

    @Override
    public boolean remove(Event ev) {
        throw unsupported("remove (an event cancelled or rescheduled)");
    }

    private static UnsupportedOperationException unsupported(String call) {
        return new UnsupportedOperationException("the schedule recorder replays add and removeFirst only, not " + call);
    }
}
