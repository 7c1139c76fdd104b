package org.ordercycle.model.rules.entry;

/**
 * How an order is recorded and handed over. Keyings happen in this order: sales' form (before the
 * hand-off; order entry then types that form again), order entry's keying, billing's own record
 * (beside the order's flow, after order entry).
 *
 * @param recordPrice unit price the order's record carries on to billing
 * @param inbox       true when the order waits in the order-entry inbox for the next collection;
 *                    false when it is handed over at once
 * @param salesForm   sales' keying on its own order form, or null when sales keeps no form
 * @param orderEntry  order entry's keying (always)
 * @param billing     billing's keying into its own invoicing record, or null when billing keeps none
 */
public record EntryDecision(double recordPrice, boolean inbox, Keying salesForm, Keying orderEntry, Keying billing) {

    public EntryDecision {
        if (orderEntry == null) {
            throw new IllegalArgumentException("order entry always keys the order");
        }
    }

    /** How many times the order is keyed. */
    public int keyings() {
        return (salesForm == null ? 0 : 1) + 1 + (billing == null ? 0 : 1);
    }

    /** True when any keying erred, so that the error may reach the invoice. */
    public boolean error() {
        return (salesForm != null && salesForm.error()) || orderEntry.error() || (billing != null && billing.error());
    }

    /** A sentence for traces and the workshop; built only when asked. */
    public String reason() {
        return inbox ? "keyed " + keyings() + " times into separate records, handed over through the order-entry inbox"
                : "keyed once into one shared record that travels with the order, handed over at once";
    }
}
