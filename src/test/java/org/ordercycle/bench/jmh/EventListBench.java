package org.ordercycle.bench.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ordercycle.engine.EventHeap;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The classic "hold" benchmark of event lists: {@code pending} events in the list; each operation
 * removes the first and schedules it again an exponential delay later, as a simulator does. The
 * delays are drawn in advance so that only the list is measured. Compares SSJ's splay tree and
 * binary tree with {@link EventHeap}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventListBench {
    @Param({"100", "3000", "100000"})
    public int pending;

    @Param({"splay", "binary", "heap"})
    public String list;

    private EventList events;
    private double[] delays;
    private int next;
    private double now;

    /** An event whose time the benchmark sets directly (SSJ's setters refuse once scheduled). */
    static final class Hold extends Event {
        Hold(Simulator sim) {
            super(sim);
        }

        void at(double t) {
            eventTime = t;
        }

        @Override
        public void actions() {
        }
    }

    @Setup
    public void setUp() {
        events = switch (list) {
            case "splay" -> new SplayTree();
            case "binary" -> new BinaryTree();
            default -> new EventHeap();
        };
        SplittableRandom rnd = new SplittableRandom(42);
        delays = new double[1 << 16];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = -Math.log(1 - rnd.nextDouble()) * pending;
        }
        Simulator sim = new Simulator(events);
        for (int i = 0; i < pending; i++) {
            Hold h = new Hold(sim);
            h.at(delays[i & (delays.length - 1)]);
            events.add(h);
        }
    }

    @Benchmark
    public Event hold() {
        Hold h = (Hold) events.removeFirst();
        now = h.time();
        h.at(now + delays[next++ & (delays.length - 1)]);
        events.add(h);
        return h;
    }
}
