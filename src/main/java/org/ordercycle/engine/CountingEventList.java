package org.ordercycle.engine;

import java.util.Iterator;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/** An SSJ event list that counts the events executed (for benchmarks), delegating to a splay tree. */
public final class CountingEventList implements EventList {
    private final EventList delegate;
    private long executed;

    public CountingEventList() {
        this(new SplayTree());
    }

    public CountingEventList(EventList delegate) {
        this.delegate = delegate;
    }

    /** Events removed from the head of the list so far, i.e. executed. */
    public long executed() {
        return executed;
    }

    @Override
    public Event removeFirst() {
        Event e = delegate.removeFirst();
        if (e != null) {
            executed++;
        }
        return e;
    }

    @Override
    public boolean isEmpty() {
        return delegate.isEmpty();
    }

    @Override
    public void clear() {
        delegate.clear();
    }

    @Override
    public void add(Event ev) {
        delegate.add(ev);
    }

    @Override
    public void addFirst(Event ev) {
        delegate.addFirst(ev);
    }

    @Override
    public void addBefore(Event ev, Event other) {
        delegate.addBefore(ev, other);
    }

    @Override
    public void addAfter(Event ev, Event other) {
        delegate.addAfter(ev, other);
    }

    @Override
    public Event getFirst() {
        return delegate.getFirst();
    }

    @Override
    public Event getFirstOfClass(String cl) {
        return delegate.getFirstOfClass(cl);
    }

    @Override
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
        return delegate.getFirstOfClass(cl);
    }

    @Override
    public ListIterator<Event> listIterator() {
        return delegate.listIterator();
    }

    @Override
    public boolean remove(Event ev) {
        return delegate.remove(ev);
    }

    @Override
    public Iterator<Event> iterator() {
        return delegate.iterator();
    }
}
