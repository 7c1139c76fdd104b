package org.ordercycle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.ordercycle.bench.VersionPair;
import org.ordercycle.io.JsonNumbers;

/** What {@code ordercycle bench --against JAR} prints: each workload's rates side by side and their ratio. */
final class VersionPairReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VersionPairReport() {
    }

    static void table(PrintWriter out, VersionPair.Result r, String thisVersion) {
        int rounds = r.workloads().get(0).ratios().length;
        out.printf(Locale.ROOT, "This build (%s) against %s (%s), in one JVM: %d rounds side by side, alternating "
                + "which goes first;%nrates per CPU second of the measuring thread, medians of the rounds.%n",
                thisVersion, r.otherJar(), r.otherVersion(), rounds);
        out.printf(Locale.ROOT, "%-44s %14s %14s %8s %16s %10s%n", "workload", "this build", "other", "ratio",
                "rounds' ratios", "faster in");
        for (VersionPair.Workload w : r.workloads()) {
            out.printf(Locale.ROOT, "%-44s %,14.0f %,14.0f %8.3f %16s %10s%n", w.name(), w.thisMedian(),
                    w.otherMedian(), w.ratioMedian(), String.format(Locale.ROOT, "%.3f to %.3f", w.ratioLowest(),
                            w.ratioHighest()), w.fasterRounds() + " of " + w.ratios().length);
        }
        out.println("A ratio above 1: this build is faster. When some rounds' ratios are above 1 and others below, "
                + "the difference is within the machine's noise.");
    }

    static String json(VersionPair.Result r, String thisVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("this_version", thisVersion);
        root.put("other_jar", r.otherJar().toString());
        root.put("other_version", r.otherVersion());
        ArrayNode list = root.putArray("workloads");
        for (VersionPair.Workload w : r.workloads()) {
            ObjectNode o = list.addObject();
            o.put("workload", w.name());
            JsonNumbers.put(o, "this_build_median", w.thisMedian());
            JsonNumbers.put(o, "other_median", w.otherMedian());
            JsonNumbers.put(o, "ratio_median", w.ratioMedian());
            JsonNumbers.put(o, "ratio_lowest", w.ratioLowest());
            JsonNumbers.put(o, "ratio_highest", w.ratioHighest());
            o.put("faster_rounds", w.fasterRounds());
            o.put("rounds", w.ratios().length);
        }
        return root.toString();
    }
}
