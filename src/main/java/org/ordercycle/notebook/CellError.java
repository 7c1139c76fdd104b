package org.ordercycle.notebook;

import java.util.List;

/**
 * A cell that did not compile or threw. Jupyter shows it as the cell's error, so {@code nbconvert
 * --execute} fails on it. The message is a one-line summary; {@link #lines()} is the traceback
 * shown in the notebook: compiler diagnostics with the offending line, or the exception and the
 * stack frames of the cell's code.
 */
final class CellError extends RuntimeException {
    private final String name;
    private final List<String> lines;

    /** @param name the kind of error as Jupyter shows it: "CompilationError", an exception's simple name... */
    CellError(String name, String message, List<String> lines) {
        super(message, null, false, false);
        this.name = name;
        this.lines = List.copyOf(lines);
    }

    String name() {
        return name;
    }

    List<String> lines() {
        return lines;
    }
}
