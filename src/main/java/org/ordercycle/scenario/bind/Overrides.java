package org.ordercycle.scenario.bind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ordercycle.scenario.Default;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioError;

/**
 * Replaces fields of a scenario tree before binding, e.g. {@code steps.planning.inflationMean=0.3}
 * for parameter sweeps. Paths are checked against the scenario records, so a field absent from the
 * file (left at its default) can be set, while a misspelt field or an index past the end of a list
 * is an error. Values are YAML text and are validated like the file itself.
 */
public final class Overrides {
    /** The source named in errors about overrides. */
    public static final String SOURCE = "--param";

    private Overrides() {
    }

    /** A path that names no field. */
    private static final class PathProblem extends Exception {
        PathProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** The tree with every override applied; problems go to {@code reporter}. */
    public static Node apply(Node root, Map<String, String> overrides, Reporter reporter) {
        Node tree = root;
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            String key = o.getKey();
            FieldPath path;
            try {
                path = FieldPath.parse(key);
            } catch (IllegalArgumentException e) {
                reporter.addAll(List.of(new ScenarioError(SOURCE, 0, 0, "", "\"" + key
                        + "\" is not a field path; write it like steps.planning.periodDays or segments[0].leadsPerDay")));
                continue;
            }
            YamlReader.Result value = YamlReader.read(o.getValue(), SOURCE, false);
            if (value.root() == null) {
                value.errors().forEach(e -> reporter.addAll(List.of(
                        new ScenarioError(SOURCE, 0, 0, key, "has a value that " + e.message()))));
                continue;
            }
            reporter.addAll(value.errors());
            try {
                tree = set(tree, Scenario.class, null, FieldPath.ROOT, path.parts(), value.root());
            } catch (PathProblem p) {
                reporter.addAll(List.of(new ScenarioError(SOURCE, 0, 0, key, "names nothing: " + p.getMessage())));
            }
        }
        return tree;
    }

    private static Node set(Node current, Type type, String defaultText, FieldPath here, List<Object> rest, Node value)
            throws PathProblem {
        if (rest.isEmpty()) {
            return value;
        }
        Object part = rest.get(0);
        List<Object> tail = rest.subList(1, rest.size());
        Node node = current instanceof Node.Scalar s && s.isNull() ? null : current;
        if (node == null && defaultText != null) {
            node = YamlReader.read(defaultText, SOURCE, false).root();
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(part instanceof Integer index)) {
                throw new PathProblem(here + " is a list: give an index, e.g. " + here + "[0]");
            }
            if (!(node instanceof Node.Sequence list)) {
                throw new PathProblem(node == null ? here + " has no entries" : here + " is not a list in the file");
            }
            if (index >= list.items().size()) {
                throw new PathProblem(here + (list.items().isEmpty() ? " has no entries"
                        : " has " + list.items().size() + " entries, " + here + "[0] to " + here.index(list.items().size() - 1)));
            }
            Type element = p.getActualTypeArguments()[0];
            return list.with(index, set(list.items().get(index), element, null, here.index(index), tail, value));
        }
        if (!(part instanceof String name)) {
            throw new PathProblem(here + " is not a list");
        }
        Type childType;
        String childDefault = null;
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            childType = p.getActualTypeArguments()[1];
        } else if (type instanceof Class<?> c && c.isRecord()) {
            RecordComponent rc = component(c, name, here);
            childType = rc.getGenericType();
            Default d = rc.getAnnotation(Default.class);
            childDefault = d == null ? null : d.value();
        } else {
            throw new PathProblem(here + " is a single value and has no field " + name);
        }
        Node.Mapping map = mapping(node, type, here);
        Node child = set(map.get(name), childType, childDefault, here.child(name), tail, value);
        return map.with(name, Location.of(SOURCE), child);
    }

    /** {@code node} as a mapping that can take a field; a bare number stands for a deterministic Dist. */
    private static Node.Mapping mapping(Node node, Type type, FieldPath here) throws PathProblem {
        if (node == null) {
            return Node.Mapping.empty(Location.of(SOURCE));
        }
        if (node instanceof Node.Mapping m) {
            return m;
        }
        if (type == Dist.class && node instanceof Node.Scalar s && s.kind() == Node.Kind.NUMBER) {
            Location at = s.location();
            return Node.Mapping.empty(at)
                    .with("dist", at, new Node.Scalar(Node.Kind.STRING, "deterministic", at))
                    .with("value", at, s);
        }
        throw new PathProblem(here + " is " + node.describe() + " in the file, which has no fields");
    }

    private static RecordComponent component(Class<?> record, String name, FieldPath here) throws PathProblem {
        RecordComponent[] all = record.getRecordComponents();
        for (RecordComponent rc : all) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        List<String> names = Arrays.stream(all).map(RecordComponent::getName).toList();
        String where = here.isRoot() ? "a scenario" : here.toString();
        throw new PathProblem(where + " has no field \"" + name + "\"" + Suggest.hint(name, names)
                + "; fields: " + String.join(", ", names));
    }
}
