package org.ordercycle.model.rules.returns;

import java.util.Locale;

/**
 * How one authorised return is handled, and why.
 *
 * @param route the way the return travels: one hand-off after another, or one coordinated procedure
 * @param view  what the returns desk knew (for the reason)
 */
public record ReturnDecision(ReturnRoute route, ReturnView view) {

    /** True when collection and refund start at once, side by side. */
    public boolean coordinated() {
        return route == ReturnRoute.COORDINATED;
    }

    /** A sentence for traces and the workshop; built only when asked. */
    public String reason() {
        return coordinated() ? "return authorised; collection booked and refund prepared at once"
                : String.format(Locale.ROOT, "return of %d units authorised; the paperwork goes to the carrier, then to"
                        + " finance, each with its next batch (every %.2f days)", view.units(), view.handoffInterval());
    }
}
