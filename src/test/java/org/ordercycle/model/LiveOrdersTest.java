package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LiveOrders} behaves as a set of orders (against a HashSet), holes and all. */
class LiveOrdersTest {
    private static Order order(long id) {
        return new Order(id, null, id, 0, null, 1, 1, false);
    }

    @Test
    void randomAddsAndRemovesKeepTheSameSetAsAHashSet() {
        SplittableRandom rnd = new SplittableRandom(3);
        LiveOrders live = new LiveOrders();
        Set<Order> reference = new HashSet<>();
        List<Order> known = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            // grows past the first array of 1,024, then shrinks and grows again through the holes
            boolean grow = step % 8_000 < 5_000 ? rnd.nextInt(10) < 7 : rnd.nextInt(10) < 3;
            if (grow || known.isEmpty()) {
                Order o = order(step);
                known.add(o);
                assertEquals(reference.add(o), live.add(o));
            } else {
                Order o = known.get(rnd.nextInt(known.size()));
                assertEquals(reference.remove(o), live.remove(o), "step " + step);
            }
            assertEquals(reference.size(), live.size());
            if (step % 997 == 0) {
                assertEquals(reference, new HashSet<>(live));
                assertEquals(reference.size(), new ArrayList<>(live).size(), "iteration yields each order once");
            }
        }
        for (Order o : known) {
            assertEquals(reference.contains(o), live.contains(o));
        }
        Order stranger = order(-1);
        assertFalse(live.remove(stranger));
        assertFalse(live.contains(stranger));
        assertTrue(live.add(stranger));
        assertFalse(live.add(stranger), "an order is added once");
    }

    @Test
    void changingTheSetWhileIteratingFails() {
        LiveOrders live = new LiveOrders();
        live.add(order(1));
        live.add(order(2));
        var it = live.iterator();
        it.next();
        live.add(order(3));
        assertThrows(ConcurrentModificationException.class, it::next);
    }
}
