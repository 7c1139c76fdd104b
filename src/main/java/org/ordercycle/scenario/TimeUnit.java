package org.ordercycle.scenario;

/** Unit of a duration in a scenario file. The engine's clock runs in days. */
public enum TimeUnit {
    minute(1.0 / 1440), hour(1.0 / 24), day(1.0), week(7.0);

    private final double days;

    TimeUnit(double days) {
        this.days = days;
    }

    /** Length of one unit in days. */
    public double days() {
        return days;
    }
}
