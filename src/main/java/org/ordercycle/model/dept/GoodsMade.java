package org.ordercycle.model.dept;

import org.ordercycle.model.Order;
import org.ordercycle.model.ProductModel;

/** Takes the goods a line made: units for stock, or a customer order's goods. */
public interface GoodsMade {
    /** Units of {@code p} arrived in stock; backorders may now be served. */
    void stockArrived(ProductModel p);

    /** The goods of a make-to-order order are made. */
    void produced(Order o);
}
