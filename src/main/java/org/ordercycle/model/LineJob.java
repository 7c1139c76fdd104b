package org.ordercycle.model;

/** A batch waiting for or running on a line: units of one product, for an order or for stock. */
public final class LineJob {
    final ProductModel product;
    final int units;
    /** The customer order it is made for, or null when it replenishes stock. */
    final Order order;
    final double due;
    final double importance;
    final long seq;
    final double hours;
    boolean expedite;
    double arrival;
    double startedAt;

    /** The product made. */
    public ProductModel product() {
        return product;
    }

    /** Good units to make. */
    public int units() {
        return units;
    }

    /** The customer order it is made for, or null when it replenishes stock. */
    public Order order() {
        return order;
    }

    /** Line hours to make the units, without set-up. */
    public double hours() {
        return hours;
    }

    /** True when the job goes before the others. */
    public boolean expedite() {
        return expedite;
    }

    /** The job goes before the others. */
    public void markExpedite() {
        expedite = true;
    }

    LineJob(ProductModel product, int units, Order order, double due, double importance, long seq) {
        this.product = product;
        this.units = units;
        this.order = order;
        this.due = due;
        this.importance = importance;
        this.seq = seq;
        this.hours = product.hoursFor(units);
    }
}
