package org.ordercycle.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Edits a scenario's YAML text by field path ({@code steps.planning.inflationMean},
 * {@code segments[1].orderSize}), changing only the characters of what is edited, so that every
 * comment (the sources of the numbers) and the layout stay as they were: sets a single value
 * (a field not yet written is added under its section, whether the section is written in block
 * style or on one line in braces, and so are sections not yet written above it), sets a distribution (written {@code {dist: gamma, mean: 20,
 * sd: 10}}) or a list of words ({@code [mechanic, electrician]}), adds an item to a list (a copy
 * of its last item, comments included) and removes one. The result is then checked like any
 * other text.
 */
final class YamlEdit {
    /** A field, or a name in a table of numbers (a product id such as STD-A), with an optional list index. */
    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)(?:\\[(\\d{1,4})])?");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PLAIN = Pattern.compile("[-+]?[A-Za-z0-9_.][A-Za-z0-9_. -]*");
    private static final String PATH_HELP = " must be field names joined by dots, a list item by its index, e.g. "
            + "steps.planning.inflationMean or segments[0].leadsPerDay";

    private YamlEdit() {
    }

    /** One step of a path: a field, and the index of a list item when the field is a list. */
    private record Step(String key, int index) {
        String text() {
            return index < 0 ? key : key + "[" + index + "]";
        }
    }

    /**
     * Where a path leads: the mapping that holds its last field, that field and the node; when the
     * field is not written, tuple and node are null and {@code missingFrom} is the first of the
     * path's steps the text lacks (sections that a set writes along with the value).
     */
    private record Place(MappingNode parent, NodeTuple tuple, Node node, int missingFrom) {
    }

    /** Sets a single value. */
    static String set(String text, String path, String value) {
        if (value.contains("\n") || value.contains("\r")) {
            throw new ApiException(400, "value: one line only, was '" + value + "'.");
        }
        return write(text, path, yaml(value), true);
    }

    /** Sets a distribution, {"dist": KIND, parameters...}, replacing what the field held (a number or another one). */
    static String setDistribution(String text, String path, JsonNode dist) {
        if (!dist.isObject() || !dist.path("dist").isTextual()) {
            throw new ApiException(400, "value: a distribution is {\"dist\": \"gamma\", \"mean\": 20, \"sd\": 10}, "
                    + "was " + dist + ".");
        }
        return write(text, path, flowMapping(dist), false);
    }

    /** An object of fields, written on one line: {@code {minQuantity: 20, discount: 0.04}}. */
    private static String flowMapping(JsonNode object) {
        StringBuilder flow = new StringBuilder("{");
        object.fields().forEachRemaining(e -> {
            if (!KEY.matcher(e.getKey()).matches()) {
                throw new ApiException(400, "value: '" + e.getKey() + "' is not a field name.");
            }
            flow.append(flow.length() > 1 ? ", " : "").append(e.getKey()).append(": ").append(flowValue(e.getValue(),
                    e.getKey()));
        });
        return flow.append('}').toString();
    }

    /** Sets a list of words or numbers (a product's install skills), written on one line: {@code [mechanic, electrician]}. */
    static String setList(String text, String path, JsonNode list) {
        List<String> items = new java.util.ArrayList<>();
        list.forEach(x -> {
            if (!x.isNumber() && !x.isTextual()) {
                throw new ApiException(400, "value: a list of words or numbers, was " + list + ".");
            }
            items.add(x.isNumber() ? x.asText() : yaml(x.asText()));
        });
        return write(text, path, "[" + String.join(", ", items) + "]", false);
    }

    /**
     * Writes {@code written} (YAML on one line) at {@code path}: in place of what the field held ({@code single}: only
     * a single value), or, when the field is not written, into its section with the sections missing above it.
     */
    private static String write(String text, String path, String written, boolean single) {
        List<Step> steps = steps(path);
        Place place = walk(text, steps, path, true);
        if (place.tuple() == null) {
            return insertMissing(text, place, steps, written, path);
        }
        if (single && !(place.node() instanceof ScalarNode)) {
            throw new ApiException(422, path + " is not a single value: edit it in the YAML text.");
        }
        return replace(text, place.node(), written);
    }

    /**
     * Writes a value whose field, and perhaps the sections above it, are not written yet: the first
     * missing one goes into the last section written, the rest nested on one line
     * ({@code marketing: {staff: 2}} under departments).
     */
    private static String insertMissing(String text, Place place, List<Step> steps, String value, String path) {
        String nested = value;
        for (int j = steps.size() - 1; j > place.missingFrom(); j--) {
            nested = "{" + steps.get(j).key() + ": " + nested + "}";
        }
        return insert(text, place.parent(), steps.get(place.missingFrom()).key(), nested, path);
    }

    /**
     * Adds a copy of the last item of the list at {@code path} after it (the user then changes what
     * must differ); a list not written or with no item gets {@code first} (an object of fields, or
     * null), written on one line.
     */
    static String append(String text, String path, JsonNode first) {
        Node node = walk(text, steps(path), path, true).node();
        if (node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)
                || node instanceof SequenceNode empty && empty.getValue().isEmpty()) {
            if (first == null || !first.isObject()) {
                throw new ApiException(422, path + " has no item to copy: give the first one as the value, or add it "
                        + "in the YAML text.");
            }
            return write(text, path, "[" + flowMapping(first) + "]", false);
        }
        SequenceNode list = list(node, path);
        Node last = list.getValue().get(list.getValue().size() - 1);
        if (flow(list)) {
            int end = end(last);
            return text.substring(0, end) + ", " + text.substring(last.getStartMark().getIndex(), end)
                    + text.substring(end);
        }
        int[] lines = itemLines(text, last, path);
        String item = text.substring(lines[0], lines[1]);
        return text.substring(0, lines[1]) + (item.endsWith("\n") ? item : "\n" + item) + text.substring(lines[1]);
    }

    /** Removes a list item ({@code segments[1]}): the lines from its dash to its end, or its part of a one-line list. */
    static String remove(String text, String path) {
        List<Step> steps = steps(path);
        Step last = steps.get(steps.size() - 1);
        if (last.index() < 0) {
            throw new ApiException(400, "path: name a list item to remove, e.g. segments[1]; was '" + path + "'.");
        }
        List<Step> toList = new java.util.ArrayList<>(steps.subList(0, steps.size() - 1));
        toList.add(new Step(last.key(), -1));
        SequenceNode list = list(walk(text, toList, path, false).node(), path);
        List<Node> items = list.getValue();
        if (last.index() >= items.size()) {
            throw new ApiException(422, path + " is not an item of the list " + last.key() + ".");
        }
        Node item = items.get(last.index());
        if (flow(list)) {
            int i = last.index();
            int from = i > 0 ? end(items.get(i - 1)) : item.getStartMark().getIndex(); // with the comma before it
            int to = i == 0 && items.size() > 1 ? items.get(1).getStartMark().getIndex() : end(item); // or after it
            return text.substring(0, from) + text.substring(to);
        }
        int[] lines = itemLines(text, item, path);
        return text.substring(0, lines[0]) + text.substring(lines[1]);
    }

    private static SequenceNode list(Node node, String path) {
        if (!(node instanceof SequenceNode list)) {
            throw new ApiException(422, path + " is not a list: edit it in the YAML text.");
        }
        return list;
    }

    private static boolean flow(SequenceNode list) {
        return list.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW;
    }

    /** The text of a block list item: from the start of the line of its dash to the end of its last line. */
    private static int[] itemLines(String text, Node item, String path) {
        int start = item.getStartMark().getIndex();
        int dash = start - 1;
        while (dash >= 0 && text.charAt(dash) == ' ') {
            dash--;
        }
        if (dash < 0 || text.charAt(dash) != '-') {
            throw new ApiException(422, path + ": its items are not written as '- ...': edit them in the YAML text.");
        }
        int lineStart = text.lastIndexOf('\n', dash) + 1;
        int end = end(item);
        int lineEnd = text.indexOf('\n', end);
        return new int[] {lineStart, lineEnd < 0 ? text.length() : lineEnd + 1};
    }

    private static List<Step> steps(String path) {
        List<Step> steps = new java.util.ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            var m = STEP.matcher(part);
            if (!m.matches()) {
                throw new ApiException(400, "path: '" + path + "'" + PATH_HELP + ".");
            }
            steps.add(new Step(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
        }
        return steps;
    }

    /**
     * Follows a path through the text's nodes. Only its last field may be missing, or with
     * {@code create} the sections above it too, when none of them is a list item.
     */
    private static Place walk(String text, List<Step> steps, String path, boolean create) {
        Node node;
        try {
            node = new Yaml().compose(new StringReader(text));
        } catch (YAMLException e) {
            throw new ApiException(422, "The YAML text cannot be read, so the form cannot change it; fix the text first: "
                    + e.getMessage());
        }
        if (!(node instanceof MappingNode)) {
            throw new ApiException(422, "The YAML text is not a mapping of fields; fix the text first.");
        }
        MappingNode parent = null;
        NodeTuple tuple = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String sofar = String.join(".", steps.subList(0, i + 1).stream().map(Step::text).toList());
            if (!(node instanceof MappingNode mapping)) {
                throw new ApiException(422, sofar.substring(0, Math.max(0, sofar.lastIndexOf('.')))
                        + " is not a section of fields.");
            }
            parent = mapping;
            tuple = find(mapping, step.key());
            if (tuple == null) {
                boolean noItems = steps.subList(i, steps.size()).stream().allMatch(s -> s.index() < 0);
                if (!noItems || i < steps.size() - 1 && !create) {
                    throw new ApiException(422, "The section '" + sofar + "' is not written in the text: add it in "
                            + "the YAML text, then use the form.");
                }
                return new Place(parent, null, null, i);
            }
            node = tuple.getValueNode();
            if (step.index() >= 0) {
                if (!(node instanceof SequenceNode list) || step.index() >= list.getValue().size()) {
                    throw new ApiException(422, sofar + " is not an item of the list " + step.key() + ".");
                }
                node = list.getValue().get(step.index());
            }
        }
        return new Place(parent, tuple, node, -1);
    }

    /** Replaces a node's characters; a block (several lines) is replaced up to its last value, keeping what follows. */
    private static String replace(String text, Node node, String written) {
        int start = node.getStartMark().getIndex();
        // an empty value ("volumeDiscounts:" with nothing after it) starts right at its colon
        String gap = start > 0 && text.charAt(start - 1) == ':' ? " " : "";
        return text.substring(0, start) + gap + written + text.substring(end(node));
    }

    /** Where a node's own characters end: a block ends with its last value (comments and blank lines after stay). */
    private static int end(Node node) {
        boolean block = node instanceof MappingNode m && m.getFlowStyle() != org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW
                && !m.getValue().isEmpty()
                || node instanceof SequenceNode s && s.getFlowStyle() != org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW
                && !s.getValue().isEmpty();
        if (!block) {
            return node.getEndMark().getIndex();
        }
        if (node instanceof MappingNode m) {
            return end(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        List<Node> items = ((SequenceNode) node).getValue();
        return end(items.get(items.size() - 1));
    }

    private static String flowValue(JsonNode v, String key) {
        if (v.isNumber()) {
            return v.asText();
        }
        if (v.isTextual()) {
            return yaml(v.asText());
        }
        if (v.isArray()) {
            List<String> items = new java.util.ArrayList<>();
            v.forEach(x -> {
                if (!x.isNumber()) {
                    throw new ApiException(400, "value." + key + ": a list of numbers, was " + v + ".");
                }
                items.add(x.asText());
            });
            return "[" + String.join(", ", items) + "]";
        }
        throw new ApiException(400, "value." + key + ": a number, a word or a list of numbers, was " + v + ".");
    }

    private static NodeTuple find(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Adds {@code key: value} as the last line of a block mapping, at its keys' indentation, or as
     * the last field of a mapping written on one line ({@code {staff: 3, wagePerHour: 40}}).
     */
    private static String insert(String text, MappingNode mapping, String key, String value, String path) {
        if (mapping.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
            List<NodeTuple> fields = mapping.getValue();
            int at = fields.isEmpty() ? mapping.getEndMark().getIndex() - 1 // just before the closing brace
                    : fields.get(fields.size() - 1).getValueNode().getEndMark().getIndex();
            return text.substring(0, at) + (fields.isEmpty() ? "" : ", ") + key + ": " + value + text.substring(at);
        }
        if (mapping.getValue().isEmpty()) {
            throw new ApiException(422, path + " is not written and its section is empty: add it in the YAML text.");
        }
        int indent = mapping.getValue().get(0).getKeyNode().getStartMark().getColumn();
        NodeTuple lastTuple = mapping.getValue().get(mapping.getValue().size() - 1);
        int end = lastTuple.getValueNode().getEndMark().getIndex();
        int lineEnd = text.indexOf('\n', end);
        String line = " ".repeat(indent) + key + ": " + value;
        if (lastTuple.getValueNode().getEndMark().getColumn() == 0) { // a nested block ends at the next line's start
            return text.substring(0, end) + line + "\n" + text.substring(end);
        }
        return lineEnd < 0 ? text + "\n" + line + "\n"
                : text.substring(0, lineEnd + 1) + line + "\n" + text.substring(lineEnd + 1);
    }

    /** The value as YAML: plain when that reads back the same, else double-quoted. */
    private static String yaml(String value) {
        String v = value.strip();
        if (!v.isEmpty() && PLAIN.matcher(v).matches() && !v.endsWith(" ")) {
            return v;
        }
        return ScenarioCatalog.JSON.getNodeFactory().textNode(v).toString(); // JSON strings are YAML strings
    }
}
