package org.ordercycle.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The orders placed and not yet in a terminal state: a set in an array where each order keeps
 * its own index ({@link Order#liveIndex}), so adding and removing cost O(1) without hashing (an
 * order is added and removed once in its life). Iteration order is unspecified (a removal moves
 * the last order into the hole), as it was with the identity hash set this replaces. Not thread
 * safe: one per replication.
 */
final class LiveOrders extends AbstractSet<Order> {
    private Order[] orders = new Order[1024];
    private int size;
    private int modCount;

    @Override
    public boolean add(Order o) {
        if (contains(o)) {
            return false;
        }
        if (size == orders.length) {
            orders = Arrays.copyOf(orders, size * 2);
        }
        o.liveIndex = size;
        orders[size++] = o;
        modCount++;
        return true;
    }

    @Override
    public boolean contains(Object x) {
        return x instanceof Order o && o.liveIndex >= 0 && o.liveIndex < size && orders[o.liveIndex] == o;
    }

    @Override
    public boolean remove(Object x) {
        if (!contains(x)) {
            return false;
        }
        Order o = (Order) x;
        int i = o.liveIndex;
        Order last = orders[--size];
        orders[i] = last;
        last.liveIndex = i;
        orders[size] = null;
        o.liveIndex = -1;
        modCount++;
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Order> iterator() {
        return new Iterator<>() {
            private final int expected = modCount;
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Order next() {
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return orders[next++];
            }
        };
    }
}
