package org.ordercycle.bench;

import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The reference of the benchmark: a bare M/M/1 queue on SSJ's event scheduling (arrival rate
 * 0.8, service rate 1) in the style of SSJ's QueueEv tutorial, with its own simulator and
 * streams, run until a given number of events. At most two events ever wait in its list.
 */
final class BareQueue {
    private final Simulator sim;
    private final RandomStream arrivals;
    private final RandomStream services;
    private final long limit;
    private long events;
    private int waiting;
    private boolean busy;

    /** On SSJ's default event list (a splay tree): the reference. */
    BareQueue(long seed, long limit) {
        this(seed, limit, new Simulator());
    }

    /** On the given event list (tests record its schedule). */
    BareQueue(long seed, long limit, EventList list) {
        this(seed, limit, new Simulator(list));
    }

    private BareQueue(long seed, long limit, Simulator sim) {
        this.sim = sim;
        this.limit = limit;
        synchronized (MRG32k3a.class) {
            MRG32k3a.setPackageSeed(new long[] {seed, seed, seed, seed, seed, seed});
            arrivals = new MRG32k3a();
            services = new MRG32k3a();
        }
    }

    /** Runs the queue; returns the events executed. */
    long run() {
        sim.init();
        new Arrival().schedule(ExponentialGen.nextDouble(arrivals, 0.8));
        sim.start();
        return events;
    }

    private void count() {
        if (++events >= limit) {
            sim.stop();
        }
    }

    private final class Arrival extends Event {
        Arrival() {
            super(BareQueue.this.sim);
        }

        @Override
        public void actions() {
            schedule(ExponentialGen.nextDouble(arrivals, 0.8));
            if (busy) {
                waiting++;
            } else {
                busy = true;
                new Departure().schedule(ExponentialGen.nextDouble(services, 1.0));
            }
            count();
        }
    }

    private final class Departure extends Event {
        Departure() {
            super(BareQueue.this.sim);
        }

        @Override
        public void actions() {
            if (waiting > 0) {
                waiting--;
                schedule(ExponentialGen.nextDouble(services, 1.0));
            } else {
                busy = false;
            }
            count();
        }
    }
}
