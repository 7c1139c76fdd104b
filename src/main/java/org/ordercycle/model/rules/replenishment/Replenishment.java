package org.ordercycle.model.rules.replenishment;

/** Units to order from the line this period (whole, at least 0), and why. */
public record Replenishment(int units, String reason) {

    static int whole(double units) {
        return (int) Math.ceil(Math.max(0, units) - 1e-9);
    }
}
