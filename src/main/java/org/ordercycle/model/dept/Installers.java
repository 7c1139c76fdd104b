package org.ordercycle.model.dept;

import java.util.function.Consumer;
import org.ordercycle.model.Order;

/** Assembles delivered goods on site: the technicians of every skill the product needs, present together. */
@FunctionalInterface
public interface Installers {
    /** {@code work} days of installation on the order's goods; {@code done} receives the order when finished. */
    void install(Order o, double work, Consumer<Order> done);
}
