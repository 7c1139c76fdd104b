package org.ordercycle.model.dept;

import org.ordercycle.model.Order;

/** Takes an order from the department before it, for example an accepted order into fulfilment. */
@FunctionalInterface
public interface OrderReceiver {
    void receive(Order o);
}
