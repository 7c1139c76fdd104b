package org.ordercycle.model.rules.replenishment;

import java.util.function.Supplier;

/** Units to order from the line this period (whole, at least 0), and why (a sentence built only when asked). */
public record Replenishment(int units, Supplier<String> reason) {

    static int whole(double units) {
        return (int) Math.ceil(Math.max(0, units) - 1e-9);
    }
}
