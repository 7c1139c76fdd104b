package org.ordercycle.model.rules.entry;

/**
 * One shared record: order entry keys the order once, the agreed price travels with it, and the
 * order is handed over at once. The keying errs with the same probability as any other.
 */
public record SharedRecord(EntryParams params) implements EntryRule {

    @Override
    public EntryDecision decide(EntryView v) {
        double price = v.agreedPrice();
        Keying orderEntry = new Keying(Keyer.ORDER_ENTRY, 0, v.firstKeying() < params.errorPerKeying(), price, price);
        return new EntryDecision(price, false, null, orderEntry, null);
    }
}
