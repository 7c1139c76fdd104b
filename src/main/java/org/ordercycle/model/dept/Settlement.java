package org.ordercycle.model.dept;

import org.ordercycle.model.Order;

/** Billing's side of a return: credit notes for an order's invoices, and ending the order once it is settled. */
public interface Settlement {
    /** Cancels what is still owed on each of the order's invoices and refunds what was paid. */
    void creditAll(Order o);

    /** Ends the order's life once delivered, fully invoiced, settled and past any return. */
    void checkSettled(Order o);
}
