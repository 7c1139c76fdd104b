package org.ordercycle.bench;

import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * A bare M/M/c queue on SSJ's event scheduling in the style of SSJ's QueueEv tutorial, with its
 * own simulator and streams, run until a given number of events: by default M/M/1 (arrival rate
 * 0.8, service rate 1), where at most two events ever wait in its list; {@link #mm3} is the
 * M/M/3 of the validation scenario {@code mmc-sales.yaml} (2.4 an hour, service 1 an hour).
 */
final class BareQueue {
    private final Simulator sim;
    private final RandomStream arrivals;
    private final RandomStream services;
    private final long limit;
    private final int servers;
    private final double arrivalRate;
    private long events;
    private long served;
    private int waiting;
    private int busy;

    /** On SSJ's default event list (a splay tree): the reference. */
    BareQueue(long seed, long limit) {
        this(seed, limit, new Simulator(), 1, 0.8);
    }

    /** On the given event list (tests record its schedule). */
    BareQueue(long seed, long limit, EventList list) {
        this(seed, limit, new Simulator(list), 1, 0.8);
    }

    /** The M/M/3 queue of the validation scenario, in hours, on SSJ's default event list. */
    static BareQueue mm3(long seed, long limit) {
        return new BareQueue(seed, limit, new Simulator(), 3, 2.4);
    }

    private BareQueue(long seed, long limit, Simulator sim, int servers, double arrivalRate) {
        this.sim = sim;
        this.limit = limit;
        this.servers = servers;
        this.arrivalRate = arrivalRate;
        synchronized (MRG32k3a.class) {
            MRG32k3a.setPackageSeed(new long[] {seed, seed, seed, seed, seed, seed});
            arrivals = new MRG32k3a();
            services = new MRG32k3a();
        }
    }

    /** Runs the queue; returns the events executed. */
    long run() {
        sim.init();
        new Arrival().schedule(ExponentialGen.nextDouble(arrivals, arrivalRate));
        sim.start();
        return events;
    }

    /** Customers served so far. */
    long served() {
        return served;
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
            schedule(ExponentialGen.nextDouble(arrivals, arrivalRate));
            if (busy == servers) {
                waiting++;
            } else {
                busy++;
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
            served++;
            if (waiting > 0) {
                waiting--;
                schedule(ExponentialGen.nextDouble(services, 1.0));
            } else {
                busy--;
            }
            count();
        }
    }
}
