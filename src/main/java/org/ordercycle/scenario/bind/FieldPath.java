package org.ordercycle.scenario.bind;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of a field in a scenario, e.g. {@code segments[2].orderSize.mean}: a list of keys
 * (String) and list indices (Integer). Immutable.
 */
public final class FieldPath {
    /** The whole file. */
    public static final FieldPath ROOT = new FieldPath(List.of());

    private final List<Object> parts;

    private FieldPath(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The path of field {@code key} of this path's mapping. */
    public FieldPath child(String key) {
        List<Object> copy = new ArrayList<>(parts);
        copy.add(key);
        return new FieldPath(copy);
    }

    /** The path of item {@code index} of this path's list. */
    public FieldPath index(int index) {
        List<Object> copy = new ArrayList<>(parts);
        copy.add(index);
        return new FieldPath(copy);
    }

    /** Keys (String) and indices (Integer), outermost first. */
    public List<Object> parts() {
        return parts;
    }

    public boolean isRoot() {
        return parts.isEmpty();
    }

    /** True when {@code other} is this path or inside it. */
    public boolean contains(FieldPath other) {
        return other.parts.size() >= parts.size() && other.parts.subList(0, parts.size()).equals(parts);
    }

    /**
     * Parses a path written as {@code steps.planning.periodDays} or {@code segments[0].productMix.P1}.
     *
     * @throws IllegalArgumentException when the text is not such a path
     */
    public static FieldPath parse(String text) {
        FieldPath path = ROOT;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '[') {
                int close = text.indexOf(']', i);
                if (close < 0 || path.isRoot()) {
                    throw new IllegalArgumentException(text);
                }
                String digits = text.substring(i + 1, close).trim();
                if (!digits.matches("\\d{1,9}")) {
                    throw new IllegalArgumentException(text);
                }
                path = path.index(Integer.parseInt(digits));
                i = close + 1;
                if (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                    throw new IllegalArgumentException(text);
                }
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    if (i == n) {
                        throw new IllegalArgumentException(text);
                    }
                }
            } else {
                int end = i;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String key = text.substring(i, end).trim();
                if (key.isEmpty()) {
                    throw new IllegalArgumentException(text);
                }
                path = path.child(key);
                i = end;
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    if (i == n) {
                        throw new IllegalArgumentException(text);
                    }
                }
            }
        }
        if (path.isRoot()) {
            throw new IllegalArgumentException(text);
        }
        return path;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(part);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPath other && other.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
