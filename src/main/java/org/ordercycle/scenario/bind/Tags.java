package org.ordercycle.scenario.bind;

import java.util.Set;

/** Explicit YAML tags ({@code !!str 3}, {@code !!binary ...}, {@code !custom}): which ones a scenario may use. */
final class Tags {
    private static final String CORE = "tag:yaml.org,2002:";
    /** Tags that only restate what a value is: text, numbers, booleans, empty, mappings and lists. */
    private static final Set<String> PLAIN = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    private Tags() {
    }

    /** True for a tag that binds as an ordinary value ({@code !!str}, {@code !!int}, ...). */
    static boolean isPlain(String tag) {
        return tag.startsWith(CORE) && PLAIN.contains(tag.substring(CORE.length()));
    }

    /** The tag as written in a file: {@code !!binary}, {@code !foo}. */
    static String display(String tag) {
        return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
    }
}
