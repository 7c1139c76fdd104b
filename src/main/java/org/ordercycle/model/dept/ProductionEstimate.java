package org.ordercycle.model.dept;

import org.ordercycle.model.Order;

/** What production can tell a department that promises dates: when an order's goods would be made. */
@FunctionalInterface
public interface ProductionEstimate {
    /**
     * Days until the goods of an order not served from stock are made, for a customer of
     * {@code importance} whose goods are due at {@code due}.
     */
    double productionDays(Order o, double importance, double due);
}
