package org.ordercycle.model;

/** The ten steps of the order management cycle, in the order of model.md. */
public enum Step {
    PLANNING("planning"),
    GENERATION("generation"),
    PRICING("pricing"),
    ENTRY("entry"),
    SELECTION("selection"),
    SCHEDULING("production"),
    FULFILMENT("fulfilment"),
    BILLING("billing"),
    RETURNS("returns"),
    SERVICE("service");

    /** The number of steps. */
    static final int COUNT = values().length;

    private final String label;

    Step(String label) {
        this.label = label;
    }

    /** Short lower-case name used in outputs, e.g. {@code entry}. */
    public String label() {
        return label;
    }

    /** Step number 1..10 of model.md. */
    public int number() {
        return ordinal() + 1;
    }
}
