package org.ordercycle.model.dept;

import org.ordercycle.model.Order;

/** Takes a new lead from the customer of an order, for example a need a service visit revealed. */
@FunctionalInterface
public interface LeadReceiver {
    void lead(Order from);
}
