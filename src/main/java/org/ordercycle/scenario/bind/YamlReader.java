package org.ordercycle.scenario.bind;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.scenario.ScenarioError;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link Node} tree with Jackson's streaming parser, keeping the line and
 * column of every node. Reports syntax errors in plain words, duplicate keys, aliases and extra
 * documents. Builds no Java object from the text: only the tree.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** The tree (null when the syntax is broken) and the problems found while reading. */
    public record Result(Node root, List<ScenarioError> errors) {
    }

    private final String file;
    private final boolean positions;
    private final List<ScenarioError> errors = new ArrayList<>();
    private YAMLParser parser;
    /** Where the last value read starts: the place to name when the parser gives up without a location. */
    private Location lastLocation;

    private YamlReader(String file, boolean positions) {
        this.file = file;
        this.positions = positions;
    }

    /**
     * Reads {@code text}. An empty document reads as an empty mapping.
     *
     * @param file      file name used in locations and errors
     * @param positions false to give every node {@link Location#of(String)} (for command-line values)
     */
    public static Result read(String text, String file, boolean positions) {
        YamlReader reader = new YamlReader(file, positions);
        Node root = reader.readDocument(text);
        return new Result(root, List.copyOf(reader.errors));
    }

    private Node readDocument(String text) {
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                return Node.Mapping.empty(new Location(file, positions ? 1 : 0, positions ? 1 : 0));
            }
            Node root = readValue(first, FieldPath.ROOT);
            if (root instanceof Node.Scalar s && s.isNull()) {
                root = Node.Mapping.empty(s.location());
            }
            if (p.nextToken() != null) {
                error(here(), FieldPath.ROOT, "holds a second YAML document here (after '---'); a file must hold only one");
            }
            return root;
        } catch (JacksonException e) {
            syntaxError(e);
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    private Node readValue(JsonToken token, FieldPath path) throws IOException {
        Location at = here();
        if (parser.isCurrentAlias()) {
            error(at, path, "uses the alias *" + parser.getText()
                    + "; aliases are not supported: write the value out in full");
            return new Node.Scalar(Node.Kind.INVALID, parser.getText(), at);
        }
        String tag = parser.getTypeId();
        boolean tagged = tag != null && !tag.isEmpty();
        if (tagged && !Tags.isPlain(tag)) {
            error(at, path, "has the YAML tag " + Tags.display(tag) + ", which a scenario cannot hold: remove the tag"
                    + " (only plain text, numbers, true/false, lists and mappings are read)");
            parser.skipChildren();
            return new Node.Scalar(Node.Kind.INVALID, parser.getText(), at);
        }
        return switch (token) {
            case START_OBJECT -> readMapping(at, path);
            case START_ARRAY -> readSequence(at, path);
            case VALUE_STRING -> new Node.Scalar(Node.Kind.STRING, parser.getText(), at, tagged);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.Scalar(Node.Kind.NUMBER, parser.getText(), at, tagged);
            case VALUE_TRUE -> new Node.Scalar(Node.Kind.TRUE, parser.getText(), at, tagged);
            case VALUE_FALSE -> new Node.Scalar(Node.Kind.FALSE, parser.getText(), at, tagged);
            case VALUE_NULL -> new Node.Scalar(Node.Kind.NULL, "", at, tagged);
            default -> {
                // a value the YAML library turns into an object of its own (e.g. binary data)
                error(at, path, "is a special YAML value, which a scenario cannot hold: write a plain value");
                yield new Node.Scalar(Node.Kind.INVALID, "(special YAML value)", at);
            }
        };
    }

    private Node readMapping(Location at, FieldPath path) throws IOException {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            Location keyAt = here();
            Node value = readValue(parser.nextToken(), path.child(key));
            if (key.isEmpty()) {
                error(keyAt, path, (path.isRoot() ? "the file has an empty field name at the top level"
                        : "has an empty field name")
                        + (keyAt.line() > 0 ? ", line " + keyAt.line() : "") + ": write the field's name before the ':'");
                continue;
            }
            Node.Entry first = entries.get(key);
            if (first != null) {
                String where = first.keyLocation().line() > 0 ? " (first on line " + first.keyLocation().line() + ")" : "";
                error(keyAt, path.child(key), "appears twice in the same mapping" + where + "; keep only one");
            } else {
                entries.put(key, new Node.Entry(key, keyAt, value));
            }
        }
        return new Node.Mapping(entries, at);
    }

    private Node readSequence(Location at, FieldPath path) throws IOException {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            items.add(readValue(t, path.index(items.size())));
        }
        return new Node.Sequence(items, at);
    }

    private Location here() {
        if (!positions) {
            return Location.of(file);
        }
        JsonLocation l = parser.currentTokenLocation();
        lastLocation = new Location(file, l.getLineNr(), l.getColumnNr());
        return lastLocation;
    }

    private void error(Location at, FieldPath path, String message) {
        errors.add(new ScenarioError(at.file(), at.line(), at.column(), path.toString(), message));
    }

    private void syntaxError(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            String problem = m.getProblem() == null ? "" : m.getProblem();
            String context = m.getContext() == null ? "" : m.getContext();
            boolean atContext = m.getContextMark() != null && (problem.startsWith("could not find expected ':'")
                    || problem.startsWith("expected ',' or") || context.contains("quoted scalar"));
            Mark mark = atContext ? m.getContextMark() : m.getProblemMark();
            Location at = positions ? new Location(file, mark.getLine() + 1, mark.getColumn() + 1) : Location.of(file);
            error(at, FieldPath.ROOT, "is not valid YAML: " + SyntaxMessages.explain(problem, context));
        } else if (e instanceof StreamConstraintsException && e.getOriginalMessage().contains("nesting depth")) {
            int limit = StreamReadConstraints.defaults().getMaxNestingDepth();
            Location at = lastLocation != null ? lastLocation : Location.of(file);
            error(at, FieldPath.ROOT, "the file is nested deeper than " + limit + " levels" + (at.line() > 0 ? " at line "
                    + at.line() : "") + " (lists or mappings inside each other): a scenario needs only a few");
        } else {
            JsonLocation l = e.getLocation();
            Location at = positions && l != null ? new Location(file, l.getLineNr(), l.getColumnNr()) : Location.of(file);
            error(at, FieldPath.ROOT, "is not valid YAML: " + SyntaxMessages.explain(e.getOriginalMessage(), ""));
        }
    }
}
