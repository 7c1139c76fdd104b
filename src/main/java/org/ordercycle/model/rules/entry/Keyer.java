package org.ordercycle.model.rules.entry;

/** A department that keys an order into a record, with what it does. */
public enum Keyer {
    SALES("sales", "sales writes the order on its own order form"),
    ORDER_ENTRY("order entry", "order entry keys the order"),
    BILLING("billing", "billing keys the order into its own invoicing record");

    private final String department;
    private final String action;

    Keyer(String department, String action) {
        this.department = department;
        this.action = action;
    }

    /** The department's name in traces, e.g. {@code order entry}. */
    public String department() {
        return department;
    }

    /** What the department does, as the start of a sentence. */
    public String action() {
        return action;
    }
}
