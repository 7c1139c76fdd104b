package org.ordercycle.model.rules.shipment;

import java.util.Locale;

/**
 * How goods travel: by standard freight or, to rescue a promise at risk, by premium freight; and
 * why. The reason text is built only when asked.
 *
 * @param premium    true to send by premium freight
 * @param promisedAt the promised day, for the reason
 */
public record Shipment(boolean premium, double promisedAt) {

    /** A sentence for traces. */
    public String reason() {
        return premium ? "promise at risk (day " + String.format(Locale.ROOT, "%.2f", promisedAt)
                + "): rescued with premium freight" : "standard freight";
    }
}
