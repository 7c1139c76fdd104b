package org.ordercycle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.ToDoubleFunction;
import org.ordercycle.bench.Benchmark.Figures;
import org.ordercycle.bench.Benchmark.Rates;
import org.ordercycle.bench.Benchmark.Target;
import org.ordercycle.io.JsonNumbers;

/**
 * The figures of {@code ordercycle bench --json}: every rate as the median of its rounds with the
 * lowest and highest, every target with its verdict, and what the machine was doing, so that
 * runs on different days or machines can be compared by a program.
 */
final class BenchReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchReport() {
    }

    static String json(Figures f, String scenario, int replications, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", scenario);
        root.put("ordercycle_version", version);
        root.put("java_version", System.getProperty("java.version"));
        root.put("rounds", f.rounds().size());
        root.put("replications_per_round", replications);
        ObjectNode load = root.putObject("load_average");
        JsonNumbers.put(load, "start", f.loadBefore());
        JsonNumbers.put(load, "end", f.loadAfter());
        JsonNumbers.put(root, "cpu_share", f.cpuShare());
        JsonNumbers.put(root, "events_waiting", f.waitingEvents());

        ObjectNode rates = root.putObject("rates");
        rate(rates, "bare_loop_events_per_second", f, Rates::bareEventsPerSecond);
        rate(rates, "bare_loop_events_per_cpu_second", f, Rates::bareEventsPerCpuSecond);
        rate(rates, "replay_splay_tree_events_per_second", f, Rates::replaySplayEventsPerSecond);
        rate(rates, "replay_event_heap_events_per_second", f, Rates::replayHeapEventsPerSecond);
        rate(rates, "model_events_per_second", f, Rates::modelEventsPerSecond);
        rate(rates, "model_events_per_cpu_second", f, Rates::modelEventsPerCpuSecond);
        rate(rates, "model_orders_per_cpu_second", f, Rates::ordersPerCpuSecond);
        rate(rates, "list_share", f, Rates::listShare);
        rate(rates, "model_work_ns_allowed_by_c", f, Rates::modelWorkAllowedNanos);
        rate(rates, "model_work_ns", f, Rates::modelWorkNanos);

        ObjectNode targets = root.putObject("targets");
        ObjectNode b = target(targets, "b_orders_per_second", f.median(Rates::ordersPerSecond),
                Target.ORDERS_PER_SECOND);
        range(b, f, Rates::ordersPerSecond);
        ObjectNode c = target(targets, "c_event_ratio", f.median(Rates::eventRatio), Target.EVENT_RATIO);
        range(c, f, Rates::eventRatio);
        ObjectNode d = target(targets, "d_heap_growth", f.heapGrowth(), Target.HEAP_GROWTH);
        JsonNumbers.put(d, "heap_bytes_1x", f.heapBytes1x());
        JsonNumbers.put(d, "heap_bytes_10x", f.heapBytes10x());
        ObjectNode e = target(targets, "e_speedup", f.speedup(), Target.SPEEDUP);
        e.put("identical_results", f.identicalAcrossThreads());
        ObjectNode main = target(targets, "f_main_job_seconds", f.mainJobSeconds(), Target.MAIN_JOB_SECONDS);
        f.mainJobRuns().forEach(main.putArray("runs")::add);
        return root.toPrettyString();
    }

    /** A target's node: measured value, target, and met (null when not measured). */
    private static ObjectNode target(ObjectNode parent, String name, double measured, Target target) {
        ObjectNode node = parent.putObject(name);
        JsonNumbers.put(node, "measured", measured);
        node.put("target", target.threshold);
        node.put("met", target.met(measured));
        return node;
    }

    private static void rate(ObjectNode parent, String name, Figures f, ToDoubleFunction<Rates> figure) {
        ObjectNode node = parent.putObject(name);
        JsonNumbers.put(node, "median", f.median(figure));
        range(node, f, figure);
    }

    private static void range(ObjectNode node, Figures f, ToDoubleFunction<Rates> figure) {
        double[] lowHigh = f.range(figure);
        JsonNumbers.put(node, "lowest_round", lowHigh[0]);
        JsonNumbers.put(node, "highest_round", lowHigh[1]);
    }
}
