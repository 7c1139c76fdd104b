package org.ordercycle.model.dept;

import org.ordercycle.scenario.Segment;

/** How customers answer what the company offers them. */
public final class Customers {
    private Customers() {
    }

    /** Probability that a customer accepts a promise of {@code promised} days when asking for {@code requested}. */
    public static double leadTimeAcceptance(Segment s, double promised, double requested) {
        double excess = promised / requested - 1 - s.leadTimeTolerance();
        return excess <= 0 ? 1 : Math.exp(-s.leadTimeSensitivity() * excess);
    }
}
