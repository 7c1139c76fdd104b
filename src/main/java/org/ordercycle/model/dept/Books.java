package org.ordercycle.model.dept;

import org.ordercycle.model.Order;
import org.ordercycle.model.OrderState;

/**
 * What a department writes in the company's order book: the orders that end and the units and
 * money the end-of-run balances count. Departments see only these entries, not the book.
 */
public interface Books {
    /** Sales did not pursue a lead. */
    void unqualified();

    /** The customer declined the quote. */
    void declined();

    /** The customer placed the order: it is live until it reaches a terminal state. */
    void place(Order o);

    /** Moves an order to a terminal state; an order ends once. */
    void terminate(Order o, OrderState state);

    /** A line made {@code made} units, {@code scrapped} of them scrapped. */
    void made(long made, long scrapped);

    /** {@code units} units are staged for a customer order (allocated from stock or made for it). */
    void staged(int units);

    /** {@code units} staged units are shipped. */
    void shipped(int units);

    /** Goods worth {@code value} at the agreed price reached the customer (revenue). */
    void recognised(double value);

    /** An invoice of {@code amount} is issued. */
    void invoiced(double amount);

    /** The customer paid {@code amount}. */
    void paid(double amount);

    /** A credit note of {@code amount}, of which {@code refund} refunds what was paid. */
    void credited(double amount, double refund);

    /** Returned goods are back: {@code units} units worth {@code value} at the agreed price, {@code scrapped} of them scrapped. */
    void goodsReturned(int units, int scrapped, double value);
}
