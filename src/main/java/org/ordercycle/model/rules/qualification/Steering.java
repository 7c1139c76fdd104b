package org.ordercycle.model.rules.qualification;

import java.util.function.Supplier;

/**
 * The product sales offers instead of the one asked for, and why.
 *
 * @param to     index into {@link SteeringView#alternatives()}, or {@link #KEEP}
 * @param reason the sentence for the trace, built only when asked; null when the product is kept
 */
public record Steering(int to, Supplier<String> reason) {
    /** The customer keeps the product it asked for. */
    public static final int KEEP = -1;
    static final Steering KEPT = new Steering(KEEP, null);

    public boolean steered() {
        return to != KEEP;
    }
}
