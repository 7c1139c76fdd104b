package org.ordercycle.model.dept;

import org.ordercycle.model.Order;
import org.ordercycle.model.OrderState;

/**
 * What a department writes in the company's order book: the orders that end and the units and
 * money the end-of-run balances count. Departments see only these entries, not the book.
 */
public interface Books {
    /** Moves an order to a terminal state; an order ends once. */
    void terminate(Order o, OrderState state);

    /** Returned goods are back: {@code units} units worth {@code value} at the agreed price, {@code scrapped} of them scrapped. */
    void goodsReturned(int units, int scrapped, double value);
}
