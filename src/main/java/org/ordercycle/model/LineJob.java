package org.ordercycle.model;

/** A batch waiting for or running on a line: units of one product, for an order or for stock. */
final class LineJob {
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
