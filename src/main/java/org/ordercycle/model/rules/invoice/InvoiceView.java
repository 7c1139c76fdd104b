package org.ordercycle.model.rules.invoice;

/**
 * What billing knows when goods for an order leave: the order record and, if it asks, shipping.
 *
 * @param shippedUnits     units leaving now (shipping knows them; the order record does not)
 * @param orderedUnits     units on the order record
 * @param invoicedUnits    units already invoiced for this order
 * @param checkMissUniform billing's own draw for this invoice (uniform on [0, 1)): a check misses when below the miss rate
 */
public record InvoiceView(int shippedUnits, int orderedUnits, int invoicedUnits, double checkMissUniform) {
}
