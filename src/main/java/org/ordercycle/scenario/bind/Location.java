package org.ordercycle.scenario.bind;

/**
 * Where a YAML node starts: file name as given by the caller, 1-based line and column.
 * Line 0 means "no position" (a value given on the command line, or a built-in default).
 */
public record Location(String file, int line, int column) {

    /** A location without line and column, e.g. for {@code --param} values. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }
}
