package org.ordercycle.scenario.bind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable YAML tree in which every node remembers where it starts, so that every
 * problem found later (wrong type, bad range, dangling reference) can name its line and column.
 */
public sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

    /** Where this node starts. */
    Location location();

    /** How a value looks in an error message: {@code "abc"}, {@code 3}, {@code a list}, {@code empty}. */
    String describe();

    /** The kinds of scalar YAML distinguishes. INVALID marks a value already reported as an error. */
    enum Kind { STRING, NUMBER, TRUE, FALSE, NULL, INVALID }

    /**
     * A single value: text as written, and the kind YAML gave it (plain {@code 3} is a number, {@code "3"} text);
     * {@code tagged} when an explicit tag such as {@code !!str} chose the kind.
     */
    record Scalar(Kind kind, String text, Location location, boolean tagged) implements Node {
        public Scalar(Kind kind, String text, Location location) {
            this(kind, text, location, false);
        }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> '"' + text + '"';
                case NULL -> "empty";
                default -> text;
            };
        }
    }

    /** A key of a mapping with the position of the key itself, and its value. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    /** {@code key: value} lines, in file order. */
    record Mapping(Map<String, Entry> entries, Location location) implements Node {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** An empty mapping, standing for a section absent from the file. */
        public static Mapping empty(Location location) {
            return new Mapping(Map.of(), location);
        }

        /** The value under {@code key}, or null. */
        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        /** This mapping with {@code key} set to {@code value} (kept in place when it exists). */
        public Mapping with(String key, Location keyLocation, Node value) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            Entry old = copy.get(key);
            copy.put(key, new Entry(key, old == null ? keyLocation : old.keyLocation(), value));
            return new Mapping(copy, location);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list ({@code - item} lines or {@code [a, b]}). */
    record Sequence(List<Node> items, Location location) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        /** This list with item {@code index} replaced. */
        public Sequence with(int index, Node value) {
            List<Node> copy = new ArrayList<>(items);
            copy.set(index, value);
            return new Sequence(copy, location);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
