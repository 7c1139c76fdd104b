package org.ordercycle.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs a notebook cell in JShell. A cell may hold several statements and declarations: they are
 * split with {@link SourceCodeAnalysis#analyzeCompletion} and run one by one, and the cell's value
 * is that of its last snippet when it is an expression (or a variable declaration, as in JShell).
 * The first snippet that does not compile or throws stops the cell with a {@link CellError}.
 */
final class Cells {
    /** What a cell left as its value: nothing, or an object (possibly null) to display. */
    record Value(boolean present, Object object) {
        static final Value NONE = new Value(false, null);
    }

    private final JShell shell;
    private final Execution execution;

    Cells(JShell shell, Execution execution) {
        this.shell = shell;
        this.execution = execution;
    }

    Value run(String cell) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Value last = Value.NONE;
        String rest = cell;
        int offset = 0; // where `rest` starts in the cell, for line numbers
        try {
            while (!rest.isBlank()) {
                int blanks = leadingBlanks(rest); // snippets start at their code: JShell counts lines from there
                offset += blanks;
                rest = rest.substring(blanks);
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                if (!info.completeness().isComplete()) {
                    throw new CellError("IncompleteCode", "incomplete code", List.of(
                            "Incomplete code at line " + lineOf(cell, offset) + " (a missing ';', ')' or '}'?):",
                            "    " + rest.strip()));
                }
                last = runSnippet(info.source(), cell, offset);
                offset += rest.length() - info.remaining().length();
                rest = info.remaining();
            }
            return last;
        } finally {
            execution.clear();
        }
    }

    private Value runSnippet(String source, String cell, int start) {
        Value value = Value.NONE;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // an older snippet whose status changed because of this one
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet, cell, start);
            }
            JShellException thrown = event.exception();
            if (thrown != null) {
                throw runtimeError(thrown);
            }
            boolean hasValue = event.value() != null && switch (snippet.subKind()) {
                case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND -> true;
                default -> false; // declarations, assignments and statements show nothing
            };
            Object object = hasValue && event.value().startsWith(Execution.KEY_PREFIX)
                    ? execution.take(event.value()) : event.value();
            value = hasValue ? new Value(true, object) : Value.NONE;
        }
        return value;
    }

    private CellError compileError(Snippet snippet, String cell, int start) {
        List<String> lines = new ArrayList<>();
        String first = null;
        for (Diag d : shell.diagnostics(snippet).toList()) {
            if (!d.isError()) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT);
            int at = start + (int) Math.max(0, d.getStartPosition());
            int line = lineOf(cell, at);
            first = first == null ? "line " + line + ": " + message.lines().findFirst().orElse("") : first;
            lines.add("Compilation error, line " + line + ": " + message);
            String text = cell.lines().skip(line - 1L).findFirst().orElse("");
            lines.add("    " + text);
            lines.add("    " + " ".repeat(Math.max(0, at - lineStart(cell, at))) + "^");
        }
        if (lines.isEmpty()) {
            lines.add("Compilation error: " + snippet.source().strip());
        }
        return new CellError("CompilationError", first == null ? "compilation error" : first, lines);
    }

    private CellError runtimeError(JShellException thrown) {
        List<String> lines = new ArrayList<>();
        String summary = describe(thrown);
        String name = summary.replaceFirst(":.*", "").replaceFirst(".*\\.", "");
        boolean firstLine = true;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            lines.add((firstLine ? "" : "Caused by: ") + describe(t));
            firstLine = false;
            for (StackTraceElement frame : t.getStackTrace()) {
                String where = frame.getClassName();
                if (where.startsWith("jdk.internal.reflect") || where.startsWith("java.lang.reflect")) {
                    break; // below this frame: the kernel calling the cell
                }
                boolean typed = where.isEmpty() || where.startsWith("REPL.");
                lines.add("    at " + (typed ? notebookFrame(frame) : frame));
            }
        }
        return new CellError(name, summary, lines);
    }

    /**
     * A frame of code typed in the notebook. JShell names its file after the snippet ("#12") and
     * counts lines from the snippet's start: show that line of the snippet's source.
     */
    private String notebookFrame(StackTraceElement frame) {
        String id = frame.getFileName() == null ? "" : frame.getFileName().replace("#", "");
        String line = shell.snippets().filter(s -> s.id().equals(id)).findFirst()
                .flatMap(s -> s.source().lines().skip(Math.max(0, frame.getLineNumber() - 1L)).findFirst())
                .map(String::strip).orElse("?");
        String method = frame.getMethodName().isEmpty() || frame.getMethodName().startsWith("do_it$")
                ? "" : " " + frame.getMethodName() + "()";
        return "notebook" + method + ": " + (line.length() > 100 ? line.substring(0, 97) + "..." : line);
    }

    private static String describe(Throwable t) {
        String name = t instanceof EvalException e ? e.getExceptionClassName()
                : t instanceof UnresolvedReferenceException u
                ? "undefined: " + u.getSnippet().source().strip() : t.getClass().getName();
        return t.getMessage() == null ? name : name + ": " + t.getMessage();
    }

    /** JShell's answer to "is this cell complete?", for the console front end. */
    static Completeness completeness(SourceCodeAnalysis analysis, String cell) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(cell);
        while (info.completeness().isComplete() && !info.remaining().isBlank()) {
            info = analysis.analyzeCompletion(info.remaining());
        }
        return info.completeness();
    }

    private static int leadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.min(at, text.length()) - 1) + 1;
    }
}
