package org.ordercycle.scenario.bind;

/** Turns the YAML parser's technical syntax messages into plain words. */
final class SyntaxMessages {
    private SyntaxMessages() {
    }

    /** A plain explanation of a YAML syntax problem reported as {@code problem} while {@code context}. */
    static String explain(String problem, String context) {
        String p = problem == null ? "" : problem;
        if (p.startsWith("mapping values are not allowed here")) {
            return "a ':' is not allowed here; check the indentation of this line, "
                    + "or put quotes around a value that contains ': '";
        }
        if (p.startsWith("could not find expected ':'")) {
            return "this line is neither 'key: value' nor a list item '- value' (a ':' is missing)";
        }
        if (p.contains("'\\t(TAB)'")) {
            return "a tab is used for indentation; indent with spaces only";
        }
        if (p.contains("that cannot start any token")) {
            int q = p.indexOf('\'');
            int q2 = p.indexOf('\'', q + 1);
            String c = q >= 0 && q2 > q ? p.substring(q, q2 + 1) : "this character";
            return "a value cannot start with " + c + "; put the value in quotes";
        }
        if (p.startsWith("expected ',' or ']'")) {
            return "the list opened here with '[' is not closed: a ']' (or a ',' between items) is missing";
        }
        if (p.startsWith("expected ',' or '}'")) {
            return "the mapping opened here with '{' is not closed: a '}' (or a ',' between items) is missing";
        }
        if (context.contains("quoted scalar")) {
            return "the text quoted here is never closed: its closing quote is missing";
        }
        if (p.contains("<stream end>") || p.contains("end of stream")) {
            return "the text ends before the value is complete: a closing bracket or quote may be missing";
        }
        if (p.startsWith("expected <block end>")) {
            return blockEnd(p, context);
        }
        if (p.startsWith("Expected a field name")) {
            return "a key must be a plain name or quoted text, not a list or a mapping";
        }
        return p.isEmpty() ? "syntax error" : p;
    }

    private static String blockEnd(String problem, String context) {
        if (problem.endsWith("'<block mapping start>'")) {
            return "this line is indented differently from the 'key: value' lines above it";
        }
        if (problem.endsWith("'-'")) {
            return "a list item ('- ...') stands among 'key: value' lines; indent it under its key";
        }
        if (problem.endsWith("'?'") || (context.contains("block collection") && problem.endsWith("'<scalar>'"))) {
            return "a 'key: value' line stands among list items ('- ...'); indent it, or start it with '- '";
        }
        if (problem.endsWith("'<scalar>'")) {
            return "unexpected text after the value; put the whole value in quotes, or start a new line";
        }
        if (problem.endsWith("']'") || problem.endsWith("'}'")) {
            return "the bracket " + problem.substring(problem.length() - 3) + " here closes nothing";
        }
        return "the indentation or the structure of this line does not fit the lines above it";
    }
}
