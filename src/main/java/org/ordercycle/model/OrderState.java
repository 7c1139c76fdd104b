package org.ordercycle.model;

/** Where an order stands. Terminal states end its life; the others are work in progress. */
public enum OrderState {
    /** Quoted and accepted by the customer, moving through the company. */
    OPEN(false),
    /** Delivered in full; invoices may still be open. */
    DELIVERED(false),
    /** Delivered, every invoice settled, no return. */
    PAID(true),
    /** Refused by order selection. */
    REJECTED(true),
    /** Withdrawn by the customer because the promised date was too late. */
    LOST(true),
    /** Delivered, returned and refunded. */
    RETURNED(true);

    private final boolean terminal;

    OrderState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean terminal() {
        return terminal;
    }
}
