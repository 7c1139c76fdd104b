package org.ordercycle.model.rules.entry;

import java.util.Locale;

/**
 * One keying of an order into a record.
 *
 * @param by          the department that keys it
 * @param index       the keying's number (0 = first), which names its uniform
 * @param error       true when this keying introduces an error that nobody notices
 * @param recordPrice unit price the record shows
 * @param agreedPrice unit price agreed with the customer
 */
public record Keying(Keyer by, int index, boolean error, double recordPrice, double agreedPrice) {

    /** A sentence for traces; built only when asked. */
    public String reason() {
        return by.action() + (error ? ", with a keying error nobody notices" : " correctly")
                + (recordPrice != agreedPrice ? "; the record shows the list price " + fmt(recordPrice)
                + ", not the agreed " + fmt(agreedPrice) : "");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
