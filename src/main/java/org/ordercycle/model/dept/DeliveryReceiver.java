package org.ordercycle.model.dept;

import org.ordercycle.model.Order;

/** Hears that an order's goods were delivered (returns, service, billing's settlement). */
@FunctionalInterface
public interface DeliveryReceiver {
    void delivered(Order o);
}
