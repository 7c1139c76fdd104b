package org.ordercycle.bench;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * A simulation's work on its event list, recorded by {@link ScheduleRecorder}: in order, each
 * event added (its time and priority) and each event removed to run. {@link #replay} does the
 * same work on another list with events that do nothing else: what the list costs a model
 * that keeps as many events waiting, as far ahead, in the same order.
 */
final class EventSchedule {
    private final double[] times;
    private final double[] priorities;
    private final boolean[] removals;
    private final long executed;
    private final double removedTimeSum;

    EventSchedule(double[] times, double[] priorities, boolean[] removals) {
        this.times = times;
        this.priorities = priorities;
        this.removals = removals;
        long n = 0;
        double sum = 0;
        for (int i = 0; i < times.length; i++) {
            if (removals[i]) {
                n++;
                sum += times[i];
            }
        }
        this.executed = n;
        this.removedTimeSum = sum;
    }

    /** Events the recorded simulation ran. */
    long executed() {
        return executed;
    }

    /**
     * Replays the schedule on {@code list}, in a simulator of its own; returns the events run.
     * Throws if the replay ran events at other times than the recording (a list that breaks
     * the order, or a schedule that is not a simulation's).
     */
    long replay(EventList list) {
        Replay replay = new Replay(new Simulator(list));
        return replay.run();
    }

    private final class Replay {
        private final Simulator sim;
        private int next;
        private long ran;
        private double timeSum;

        Replay(Simulator sim) {
            this.sim = sim;
        }

        long run() {
            sim.init();
            addUntilRemoval();
            if (next < times.length) {
                sim.start();
            }
            if (ran != executed || Math.abs(timeSum - removedTimeSum) > 1e-9 * Math.max(1, Math.abs(removedTimeSum))) {
                throw new IllegalStateException("the replay ran " + ran + " events (time sum " + timeSum
                        + ") where the recording ran " + executed + " (time sum " + removedTimeSum + ")");
            }
            return ran;
        }

        /** Adds the events recorded from {@code next} on, up to the next removal. */
        private void addUntilRemoval() {
            while (next < times.length && !removals[next]) {
                Event ev = new Step(sim);
                ev.setPriority(priorities[next]);
                ev.schedule(Math.max(0, times[next] - sim.time())); // as the model schedules: by a delay
                next++;
            }
        }

        /** A recorded event: when it runs, the events the recording added while it ran are added. */
        private final class Step extends Event {
            Step(Simulator sim) {
                super(sim);
            }

            @Override
            public void actions() {
                ran++;
                timeSum += sim.time();
                next++; // this event's removal
                addUntilRemoval();
                if (next == times.length) {
                    sim.stop();
                }
            }
        }
    }
}
