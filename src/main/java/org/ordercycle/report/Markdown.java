package org.ordercycle.report;

import java.util.List;

/** Markdown building blocks; user text is escaped so that it cannot become markup or links. */
final class Markdown {
    private Markdown() {
    }

    /** Text with Markdown's active characters backslash-escaped and any HTML tag neutralised. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' ? ' ' : c);
        }
        return b.toString();
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("|");
        header.forEach(h -> b.append(' ').append(text(h)).append(" |"));
        b.append("\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        for (List<String> row : rows) {
            b.append('|');
            row.forEach(c -> b.append(' ').append(text(c)).append(" |"));
            b.append('\n');
        }
        return b.toString();
    }
}
