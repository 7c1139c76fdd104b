package org.ordercycle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.ordercycle.bench.Benchmark;
import org.ordercycle.bench.Benchmark.Rates;
import org.ordercycle.bench.Figure;
import org.ordercycle.io.JsonNumbers;

/**
 * What {@code ordercycle bench} prints: a table of every figure with its target and verdict, or
 * ({@code --json}) one JSON object with the same figures, the rounds' lowest and highest rates and
 * what the machine was doing, so that runs on different days or machines can be compared by a
 * program.
 */
final class BenchReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchReport() {
    }

    /** The table: figure, measured, target, verdict (met, NOT MET, skipped: why). */
    static void table(PrintWriter out, Benchmark.Result r, int replications) {
        out.printf(Locale.ROOT, "(a): the median of %d rounds, %d replications each; CPU seconds of the measuring "
                + "thread%n", r.rounds().size(), replications);
        out.printf(Locale.ROOT, "%-62s %16s %14s %s%n", "figure", "measured", "target", "verdict");
        for (Figure f : r.figures()) {
            String value = Double.isNaN(f.value()) ? "-" : !f.note().isEmpty() && f.target() == null ? f.note()
                    : String.format(Locale.ROOT, "%,16.2f", f.value());
            boolean skipped = Double.isNaN(f.value());
            out.printf(Locale.ROOT, "%-62s %16s %14s %s%n", f.label(), value,
                    f.target() == null ? "" : f.target().text(), f.target() == null && !skipped ? "" : f.verdict());
        }
        double[] low = r.range(Rates::ordersPerCpuSecond);
        out.printf(Locale.ROOT, "%-62s %16s%n", "    (a) lowest and highest round",
                String.format(Locale.ROOT, "%,.0f to %,.0f", low[0], low[1]));
        out.printf(Locale.ROOT, "%-62s %16s%n", "    machine load average, start -> end", r.load());
    }

    static String json(Benchmark.Result r, String scenario, int replications, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", scenario);
        root.put("ordercycle_version", version);
        root.put("java_version", System.getProperty("java.version"));
        root.put("rounds", r.rounds().size());
        root.put("replications_per_round", replications);
        ObjectNode load = root.putObject("load_average");
        JsonNumbers.put(load, "start", r.loadBefore());
        JsonNumbers.put(load, "end", r.loadAfter());
        double[] range = r.range(Rates::ordersPerCpuSecond);
        ObjectNode a = root.putObject("orders_per_cpu_second_rounds");
        JsonNumbers.put(a, "lowest_round", range[0]);
        JsonNumbers.put(a, "highest_round", range[1]);
        root.put("identical_results_across_threads", r.identicalAcrossThreads());
        ObjectNode figures = root.putObject("figures");
        for (Figure f : r.figures()) {
            ObjectNode node = figures.putObject(f.key());
            JsonNumbers.put(node, "measured", f.value());
            if (f.target() != null) {
                JsonNumbers.put(node, "target_min", f.target().min);
                JsonNumbers.put(node, "target_max", f.target().max);
                node.put("met", f.met());
            }
            if (!f.note().isEmpty()) {
                node.put("note", f.note());
            }
        }
        return root.toPrettyString();
    }
}
