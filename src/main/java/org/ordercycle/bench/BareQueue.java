package org.ordercycle.bench;

import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The reference of the benchmark: bare M/M/1 queues on SSJ's event scheduling (arrival rate 0.8,
 * service rate 1) in the style of SSJ's QueueEv tutorial, with their own simulator and streams,
 * run until a given number of events. One queue, on SSJ's default event list, is the reference
 * (a): at most two events ever wait. Many independent queues in one simulator do the same work
 * per event with as many events waiting as a model keeps (1.8 per queue on average: the next
 * arrival, and a departure while the server is busy, 80 % of the time).
 */
final class BareQueue {
    /** Mean events waiting per queue: one arrival always, one departure with probability 0.8. */
    static final double WAITING_PER_QUEUE = 1.8;

    private final Simulator sim;
    private final RandomStream arrivals;
    private final RandomStream services;
    private final long limit;
    private final int[] waiting;
    private final boolean[] busy;
    private long events;

    /** One queue on SSJ's default event list: the reference (a). */
    BareQueue(long seed, long limit) {
        this(seed, limit, 1, new Simulator());
    }

    /** {@code queues} independent queues on the given event list. */
    BareQueue(long seed, long limit, int queues, EventList list) {
        this(seed, limit, queues, new Simulator(list));
    }

    private BareQueue(long seed, long limit, int queues, Simulator sim) {
        this.sim = sim;
        this.limit = limit;
        this.waiting = new int[queues];
        this.busy = new boolean[queues];
        synchronized (MRG32k3a.class) {
            MRG32k3a.setPackageSeed(new long[] {seed, seed, seed, seed, seed, seed});
            arrivals = new MRG32k3a();
            services = new MRG32k3a();
        }
    }

    /** The number of queues that keep about {@code waitingEvents} events waiting (at least one). */
    static int queuesFor(double waitingEvents) {
        return Math.max(1, (int) Math.round(waitingEvents / WAITING_PER_QUEUE));
    }

    /** Runs the queues; returns the events executed. */
    long run() {
        sim.init();
        for (int q = 0; q < busy.length; q++) {
            new Arrival(q).schedule(ExponentialGen.nextDouble(arrivals, 0.8));
        }
        sim.start();
        return events;
    }

    private void count() {
        if (++events >= limit) {
            sim.stop();
        }
    }

    private final class Arrival extends Event {
        private final int queue;

        Arrival(int queue) {
            super(BareQueue.this.sim);
            this.queue = queue;
        }

        @Override
        public void actions() {
            schedule(ExponentialGen.nextDouble(arrivals, 0.8));
            if (busy[queue]) {
                waiting[queue]++;
            } else {
                busy[queue] = true;
                new Departure(queue).schedule(ExponentialGen.nextDouble(services, 1.0));
            }
            count();
        }
    }

    private final class Departure extends Event {
        private final int queue;

        Departure(int queue) {
            super(BareQueue.this.sim);
            this.queue = queue;
        }

        @Override
        public void actions() {
            if (waiting[queue] > 0) {
                waiting[queue]--;
                schedule(ExponentialGen.nextDouble(services, 1.0));
            } else {
                busy[queue] = false;
            }
            count();
        }
    }
}
