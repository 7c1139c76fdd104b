package org.ordercycle.model.dept;

import org.ordercycle.model.ProductModel;

/** What fulfilment can tell a department that quotes or promises dates: how long goods take to the customer. */
public interface DeliveryEstimate {
    /** Days from goods ready to goods at the customer, as the company estimates it. */
    double shippingEstimate();

    /** Days of installation at the customer for goods of {@code p} arriving at {@code arrival}; 0 if none is needed. */
    double installationEstimate(ProductModel p, double arrival);
}
