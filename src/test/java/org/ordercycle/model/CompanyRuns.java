package org.ordercycle.model;

import org.ordercycle.engine.EventHeap;
import org.ordercycle.engine.Streams;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.RunListener;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Runs one replication the way {@link Replication#run()} does and hands back the company, so that
 * a mechanism test can read counters the measures do not report (visits made, needs revealed).
 * Like {@link Runs}, it switches off the steps the mechanism scenario leaves out.
 */
final class CompanyRuns {
    private CompanyRuns() {
    }

    static Company run(Scenario s, Policy p) {
        Simulator sim = new Simulator(new EventHeap());
        sim.init();
        Company c = new Company(sim, s, Runs.policy(s, p), new Streams(Runs.SEED, 0, Replication.streamNames(s)), RunListener.NONE);
        c.start();
        new Event(sim) {
            @Override
            public void actions() {
                sim.stop();
            }
        }.schedule(c.end);
        sim.start();
        Invariants.check(c.books, c.products);
        return c;
    }
}
