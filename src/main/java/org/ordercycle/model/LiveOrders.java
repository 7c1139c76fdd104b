package org.ordercycle.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The orders placed and not yet in a terminal state: a set in an array where each order keeps
 * its own index ({@link Order#liveIndex}), so adding and removing cost O(1) without hashing (an
 * order is added and removed once in its life). A removal leaves a hole that the next addition
 * fills: moving the last order into it instead would touch an order nobody else is working on,
 * a cache miss per order. Iteration order is unspecified, as it was with the identity hash set
 * this replaces. Not thread safe: one per replication.
 */
final class LiveOrders extends AbstractSet<Order> {
    private Order[] orders = new Order[1024];
    /** Slots below this have been used; the holes among them are listed in {@code holes}. */
    private int used;
    private int[] holes = new int[1024];
    private int holeCount;
    private int size;
    private int modCount;

    @Override
    public boolean add(Order o) {
        if (contains(o)) {
            return false;
        }
        int i;
        if (holeCount > 0) {
            i = holes[--holeCount];
        } else {
            if (used == orders.length) {
                orders = Arrays.copyOf(orders, used * 2);
            }
            i = used++;
        }
        o.liveIndex = i;
        orders[i] = o;
        size++;
        modCount++;
        return true;
    }

    @Override
    public boolean contains(Object x) {
        return x instanceof Order o && o.liveIndex >= 0 && o.liveIndex < used && orders[o.liveIndex] == o;
    }

    @Override
    public boolean remove(Object x) {
        if (!contains(x)) {
            return false;
        }
        Order o = (Order) x;
        orders[o.liveIndex] = null;
        if (holeCount == holes.length) {
            holes = Arrays.copyOf(holes, holeCount * 2);
        }
        holes[holeCount++] = o.liveIndex;
        o.liveIndex = -1;
        size--;
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
            private int next = skipHoles(0);

            private int skipHoles(int i) {
                while (i < used && orders[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < used;
            }

            @Override
            public Order next() {
                if (modCount != expected) {
                    throw new ConcurrentModificationException();
                }
                if (next >= used) {
                    throw new NoSuchElementException();
                }
                Order o = orders[next];
                next = skipHoles(next + 1);
                return o;
            }
        };
    }
}
