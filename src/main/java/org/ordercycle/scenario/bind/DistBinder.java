package org.ordercycle.scenario.bind;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.DistKind;
import org.ordercycle.scenario.TimeUnit;

/**
 * Builds a {@link Dist} from a bare number (deterministic) or a mapping
 * {@code {dist: KIND, parameters..., unit: ...}}. Besides {@link Dist#check}, it rejects parameters
 * the family does not use and negative values: every distribution of a scenario is a duration,
 * a number of days or an order size.
 */
public final class DistBinder {
    /** The parameters each family takes (besides {@code dist} and {@code unit}). */
    public static final Map<DistKind, List<String>> PARAMETERS = parameters();

    /** Example shown when something other than a distribution is written. */
    public static final String EXPECTED = "must be a number or a distribution such as {dist: exponential, mean: 2}";

    private static final Map<String, RecordComponent> FIELDS = new HashMap<>();
    private static final List<String> FIELD_NAMES;

    static {
        for (RecordComponent rc : Dist.class.getRecordComponents()) {
            FIELDS.put(rc.getName(), rc);
        }
        FIELD_NAMES = Arrays.stream(Dist.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private DistBinder() {
    }

    private static Map<DistKind, List<String>> parameters() {
        Map<DistKind, List<String>> m = new EnumMap<>(DistKind.class);
        m.put(DistKind.deterministic, List.of("value"));
        m.put(DistKind.exponential, List.of("mean"));
        m.put(DistKind.uniform, List.of("min", "max"));
        m.put(DistKind.triangular, List.of("min", "mode", "max"));
        m.put(DistKind.normal, List.of("mean", "sd", "min", "max"));
        m.put(DistKind.lognormal, List.of("mean", "sd"));
        m.put(DistKind.gamma, List.of("mean", "sd"));
        m.put(DistKind.empirical, List.of("values", "weights"));
        return m;
    }

    static Dist bind(Binder binder, Node node, FieldPath path) {
        Reporter r = binder.reporter();
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
            Double v = Scalars.number(binder, node, path, null, false);
            if (v != null && v < 0) {
                r.error(s.location(), path, "must be >= 0, was " + s.text());
                return null;
            }
            return v == null ? null : Dist.fixed(v);
        }
        if (!(node instanceof Node.Mapping m)) {
            binder.typeError(node, path, EXPECTED);
            return null;
        }
        boolean ok = true;
        DistKind kind = null;
        Node kindNode = m.get("dist");
        if (kindNode == null) {
            r.error(m.location(), path.child("dist"), "is required: one of " + kinds());
            ok = false;
        } else {
            kind = (DistKind) binder.bind(kindNode, DistKind.class, path.child("dist"), Binder.Constraint.NONE);
            ok = kind != null;
        }
        Map<String, Object> values = new HashMap<>();
        for (Node.Entry e : m.entries().values()) {
            if (!e.key().equals("dist")) {
                Object v = bindParameter(binder, e, kind, path.child(e.key()));
                ok &= v != null;
                values.put(e.key(), v);
            }
        }
        if (!ok) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Dist dist = new Dist(kind, (Double) values.get("value"), (Double) values.get("mean"), (Double) values.get("sd"),
                (Double) values.get("min"), (Double) values.get("mode"), (Double) values.get("max"),
                (List<Double>) values.get("values"), (List<Double>) values.get("weights"), (TimeUnit) values.get("unit"));
        List<String[]> problems = new ArrayList<>();
        dist.check((parameter, message) -> problems.add(new String[] {parameter, message}));
        nonNegative(dist, problems);
        for (String[] p : problems) {
            Node at = m.get(p[0]);
            r.error(at == null ? m.location() : at.location(), path.child(p[0]), Numbers.tidy(p[1]));
        }
        return problems.isEmpty() ? dist : null;
    }

    private static Object bindParameter(Binder binder, Node.Entry e, DistKind kind, FieldPath path) {
        Reporter r = binder.reporter();
        String key = e.key();
        if (!FIELDS.containsKey(key)) {
            List<String> allowed = kind == null ? FIELD_NAMES : allowed(kind);
            String takes = kind == null ? "allowed: " + String.join(", ", FIELD_NAMES)
                    : article(kind) + " distribution takes: " + parameterList(kind);
            r.error(e.keyLocation(), path, "is not a known field" + Suggest.hint(key, allowed) + "; " + takes);
            return null;
        }
        if (kind != null && !key.equals("unit") && !PARAMETERS.get(kind).contains(key)) {
            r.error(e.keyLocation(), path, "is not a parameter of " + article(kind) + " distribution, which takes: "
                    + parameterList(kind));
            return null;
        }
        Node value = e.value();
        if (value instanceof Node.Scalar s && s.isNull()) {
            r.error(s.location(), path, "has no value");
            return null;
        }
        return binder.bind(value, FIELDS.get(key).getGenericType(), path, Binder.Constraint.NONE);
    }

    private static void nonNegative(Dist d, List<String[]> problems) {
        if (!problems.isEmpty()) {
            return;
        }
        for (String name : List.of("value", "min")) {
            Double v = name.equals("value") ? d.value() : d.min();
            if (v != null && v < 0) {
                problems.add(new String[] {name, "must be >= 0, was " + Numbers.format(v)});
            }
        }
        if (d.values() != null) {
            for (int i = 0; i < d.values().size(); i++) {
                if (d.values().get(i) < 0) {
                    problems.add(new String[] {"values", "must all be >= 0, item " + i + " was "
                            + Numbers.format(d.values().get(i))});
                }
            }
        }
    }

    private static List<String> allowed(DistKind kind) {
        List<String> names = new ArrayList<>(PARAMETERS.get(kind));
        names.add("unit");
        return names;
    }

    private static String parameterList(DistKind kind) {
        return String.join(", ", PARAMETERS.get(kind)) + " (and unit)";
    }

    private static String article(DistKind kind) {
        return ("aeiou".indexOf(kind.name().charAt(0)) >= 0 ? "an " : "a ") + kind.name();
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(DistKind.values()).map(Enum::name).toList());
    }
}
