package org.ordercycle.model.rules.returns;

/** The way a return travels through the company. */
public enum ReturnRoute {
    /**
     * One department after another: the returns desk authorises, the paperwork goes to the carrier
     * with the next batch, the carrier collects, the receipt goes to finance with the next batch,
     * finance prepares the refund. Nobody owns the return between departments.
     */
    HANDOFFS,
    /**
     * The returns desk owns the return: it books the collection and asks finance for the refund at
     * once; the refund is paid when the goods are back and the refund is ready.
     */
    COORDINATED
}
