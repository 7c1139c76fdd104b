package org.ordercycle.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.ordercycle.api.RunResult;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.Overload;

/**
 * The JSON summary of a run printed by {@code ordercycle run --json}: means over replications,
 * their standard deviations, per-segment means, time per step, the overloaded departments and
 * lines ({@code warnings}, see {@link WarningsJson}) and units. NaN (not measured, or
 * no spread with one replication) is written as {@code null}.
 */
public final class RunJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STEP_TIME = "step_time[";

    private RunJson() {
    }

    /**
     * Builds the JSON object; {@code version} is the OrderCycle version, {@code warnings} the run's
     * (as {@link Overload#warnings} gives them, perhaps with staffing advice).
     */
    public static ObjectNode build(RunResult run, String version, List<Overload.Warning> warnings) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", run.scenario());
        root.put("policy", run.policy().name());
        ObjectNode levers = root.putObject("levers");
        run.policy().settings().forEach(levers::put);
        root.put("seed", run.seed());
        root.put("replications", run.replications().size());
        ObjectNode kpis = root.putObject("kpis");
        ObjectNode sds = root.putObject("kpis_sd");
        for (Measure m : Measure.values()) {
            JsonNumbers.put(kpis, m.key(), run.mean(m));
            JsonNumbers.put(sds, m.key(), run.sd(m.key()));
        }
        ObjectNode segments = root.putObject("segments");
        for (String segment : segments(run)) {
            ObjectNode node = segments.putObject(segment);
            for (Measure m : Measure.values()) {
                if (m.perSegment()) {
                    JsonNumbers.put(node, m.key(), run.mean(m.key() + "[" + segment + "]"));
                }
            }
        }
        ObjectNode steps = root.putObject("step_time");
        for (String key : run.keys()) {
            if (key.startsWith(STEP_TIME) && key.endsWith("]")) {
                String inner = key.substring(STEP_TIME.length(), key.length() - 1);
                int dot = inner.lastIndexOf('.');
                if (dot > 0) {
                    String step = inner.substring(0, dot);
                    ObjectNode node = steps.has(step) ? (ObjectNode) steps.get(step) : steps.putObject(step);
                    JsonNumbers.put(node, inner.substring(dot + 1), run.mean(key));
                }
            }
        }
        WarningsJson.put(root.putArray("warnings"), warnings);
        ObjectNode units = root.putObject("units");
        for (Measure m : Measure.values()) {
            units.put(m.key(), m.unit());
        }
        root.put("version", version);
        return root;
    }

    /** The JSON text of {@link #build}, pretty-printed. */
    public static String text(RunResult run, String version, List<Overload.Warning> warnings) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(build(run, version, warnings));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Segment ids found in the value keys, in order of first appearance. */
    public static Set<String> segments(RunResult run) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : run.keys()) {
            ValueKey k = ValueKey.parse(key);
            if (!k.companyWide()) {
                ids.add(k.segment());
            }
        }
        return ids;
    }

    /** Puts every entry of a map of strings. */
    static void putAll(ObjectNode node, Map<String, String> map) {
        map.forEach(node::put);
    }
}
