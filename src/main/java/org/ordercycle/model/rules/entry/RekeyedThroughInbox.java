package org.ordercycle.model.rules.entry;

/**
 * Separate records: each department that keeps its own record keys the order again (sales' order
 * form, order entry, billing's invoicing record: the first {@code keyingsWhenRekeyed} of them, with
 * order entry always among them), and the order waits in the order-entry inbox. The record copies
 * the price on sales' form. Each keying errs with the same probability; an error copied from one
 * record to the next reaches the invoice.
 */
public record RekeyedThroughInbox(EntryParams params) implements EntryRule {

    @Override
    public EntryDecision decide(EntryView v) {
        int keyings = params.keyingsWhenRekeyed();
        double price = v.formPrice();
        Keying salesForm = keyings >= 2 ? keying(Keyer.SALES, 0, v, price) : null;
        int next = salesForm == null ? 0 : 1;
        Keying orderEntry = keying(Keyer.ORDER_ENTRY, next, v, price);
        Keying billing = keyings >= 3 ? keying(Keyer.BILLING, next + 1, v, price) : null;
        return new EntryDecision(price, true, salesForm, orderEntry, billing);
    }

    private Keying keying(Keyer by, int index, EntryView v, double price) {
        return new Keying(by, index, v.uniform(index) < params.errorPerKeying(), price, v.agreedPrice());
    }
}
