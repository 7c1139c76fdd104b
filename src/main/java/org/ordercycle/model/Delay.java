package org.ordercycle.model;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/** An action after a delay: hand-offs, customers' reaction times, transit. */
final class Delay extends Event {
    private final Runnable action;

    private Delay(Simulator sim, Runnable action) {
        super(sim);
        this.action = action;
    }

    static void after(Simulator sim, double delay, Runnable action) {
        new Delay(sim, action).schedule(Math.max(0, delay));
    }

    @Override
    public void actions() {
        action.run();
    }
}
