package org.ordercycle.model.dept;

import org.ordercycle.model.Order;

/** Hears that goods of an order leave for the customer, for example billing, which invoices them. */
@FunctionalInterface
public interface GoodsReceiver {
    void shipmentReady(Order o, int units);
}
