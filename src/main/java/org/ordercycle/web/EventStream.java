package org.ordercycle.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The server-sent events of one experiment and the clients that follow them. Every event is kept,
 * so a client that connects late first gets those it missed. Each client is written to by a sender
 * thread of its own, never under a lock: a slow or stalled browser delays only its own stream,
 * never the runs nor the other browsers. Once the stream has ended, a client is closed when it
 * has been sent everything.
 */
final class EventStream {
    /** Where the events of one follower go (a browser's SSE connection; a stub in tests). */
    interface Sink {
        void send(String event, String data);

        /** A comment line: no event for the page, but a write that finds a closed connection. */
        void ping();

        void close();
    }

    /** A client and how far it has been sent; a sender thread writes to it while {@code busy}. */
    private static final class Follower {
        final Sink sink;
        int sent;
        boolean ping;
        boolean busy;
        boolean gone;

        Follower(Sink sink) {
            this.sink = sink;
        }
    }

    private final Executor senders;
    private final Runnable unwatched;
    private final List<String[]> events = new ArrayList<>();
    private final List<Follower> followers = new ArrayList<>();
    private boolean ended;
    private long watchers; // changes with every arrival and departure, so a pending timer can tell

    /**
     * @param senders   runs the sender of each follower (one task per follower with unsent events)
     * @param unwatched told, under no lock of the job, when the last follower has left a running stream
     */
    EventStream(Executor senders, Runnable unwatched) {
        this.senders = senders;
        this.unwatched = unwatched;
    }

    synchronized void publish(String event, String data) {
        if (ended) {
            return;
        }
        events.add(new String[] {event, data});
        followers.forEach(this::wake);
    }

    /** No more events: followers are closed once sent what is left. */
    synchronized void end() {
        ended = true;
        followers.forEach(this::wake);
    }

    /** Adds a follower; it is sent every event so far, then each new one. */
    synchronized void follow(Sink sink) {
        Follower f = new Follower(sink);
        followers.add(f);
        watchers++;
        wake(f);
    }

    /** A follower's connection closed (the browser left). */
    void leave(Sink sink) {
        boolean last;
        synchronized (this) {
            last = followers.removeIf(f -> f.sink == sink) && followers.isEmpty() && !ended;
            if (last) {
                watchers++;
            }
        }
        if (last) {
            unwatched.run();
        }
    }

    /** Writes a comment to every follower, so that a browser that left is noticed between events. */
    synchronized void ping() {
        for (Follower f : followers) {
            f.ping = true;
            wake(f);
        }
    }

    synchronized int followers() {
        return followers.size();
    }

    /** A number that changes whenever a follower comes or the last one leaves. */
    synchronized long watchers() {
        return watchers;
    }

    private void wake(Follower f) {
        if (!f.busy && !f.gone) {
            f.busy = true;
            senders.execute(() -> drain(f));
        }
    }

    /** Sends a follower what it has not had yet, outside the lock; closes it once the stream is over. */
    private void drain(Follower f) {
        while (true) {
            String[] next = null;
            boolean ping;
            synchronized (this) {
                ping = f.ping;
                f.ping = false;
                if (!ping && f.sent == events.size()) {
                    f.busy = false;
                    if (!ended) {
                        return;
                    }
                    f.gone = true;
                    followers.remove(f);
                }
                if (!ping && !f.gone) {
                    next = events.get(f.sent++);
                }
            }
            if (f.gone) {
                f.sink.close();
                return;
            }
            try {
                if (ping) {
                    f.sink.ping();
                } else {
                    f.sink.send(next[0], next[1]);
                }
            } catch (RuntimeException broken) {
                synchronized (this) {
                    f.gone = true;
                    f.busy = false;
                }
                leave(f.sink);
                return;
            }
        }
    }
}
