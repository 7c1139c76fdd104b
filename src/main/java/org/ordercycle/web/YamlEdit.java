package org.ordercycle.web;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Sets one scalar field of a scenario's YAML text by its path ({@code steps.planning.inflationMean}),
 * changing only that value's characters, so that every comment (the sources of the numbers) and
 * the layout stay as they were. A field not yet written is added under its section, when the
 * section is written in block style. The result is then checked like any other text.
 */
final class YamlEdit {
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern PLAIN = Pattern.compile("[-+]?[A-Za-z0-9_.][A-Za-z0-9_. -]*");

    private YamlEdit() {
    }

    static String set(String text, String path, String value) {
        List<String> keys = List.of(path.split("\\.", -1));
        if (keys.stream().anyMatch(k -> !KEY.matcher(k).matches())) {
            throw new ApiException(400, "path: '" + path + "' must be field names joined by dots, e.g. "
                    + "steps.planning.inflationMean (list items are edited in the YAML text).");
        }
        if (value.contains("\n") || value.contains("\r")) {
            throw new ApiException(400, "value: one line only, was '" + value + "'.");
        }
        Node root;
        try {
            root = new Yaml().compose(new StringReader(text));
        } catch (YAMLException e) {
            throw new ApiException(422, "The YAML text cannot be read, so the form cannot change it; fix the text first: "
                    + e.getMessage());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ApiException(422, "The YAML text is not a mapping of fields; fix the text first.");
        }
        for (int i = 0; i < keys.size(); i++) {
            NodeTuple tuple = find(mapping, keys.get(i));
            boolean last = i == keys.size() - 1;
            if (tuple == null) {
                if (!last) {
                    throw new ApiException(422, "The section '" + String.join(".", keys.subList(0, i + 1))
                            + "' is not written in the text: add it in the YAML text, then use the form.");
                }
                return insert(text, mapping, keys.get(i), yaml(value), path);
            }
            Node v = tuple.getValueNode();
            if (last) {
                if (!(v instanceof ScalarNode)) {
                    throw new ApiException(422, path + " is not a single value: edit it in the YAML text.");
                }
                return text.substring(0, v.getStartMark().getIndex()) + yaml(value)
                        + text.substring(v.getEndMark().getIndex());
            }
            if (!(v instanceof MappingNode next)) {
                throw new ApiException(422, String.join(".", keys.subList(0, i + 1)) + " is not a section of fields.");
            }
            mapping = next;
        }
        throw new IllegalStateException("unreachable: the loop returns at the last key");
    }

    private static NodeTuple find(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** Adds {@code key: value} as the last line of a block mapping, at its keys' indentation. */
    private static String insert(String text, MappingNode mapping, String key, String value, String path) {
        if (mapping.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW || mapping.getValue().isEmpty()) {
            throw new ApiException(422, path + " is not written and its section is not a block of fields: add it in "
                    + "the YAML text.");
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
