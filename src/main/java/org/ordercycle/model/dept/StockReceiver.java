package org.ordercycle.model.dept;

import org.ordercycle.model.Order;

/** Takes goods back into stock, for example returned goods that can be sold again. */
@FunctionalInterface
public interface StockReceiver {
    /** {@code units} units of the order's product go back into stock (0 is allowed). */
    void restock(Order o, int units);
}
