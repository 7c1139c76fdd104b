package org.ordercycle.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Text from users' files (scenario, policy and file names, descriptions) made safe for a
 * terminal: control characters, which could move the cursor, clear the screen or change colours,
 * are shown as escapes ({@code \n}, {@code \t}, {@code \u001b}) instead of being sent raw.
 * {@link #safe} wraps the command line's standard output and error, so everything the commands
 * print passes through it; {@link #escape} is for single names inside messages.
 */
final class Terminal {
    private Terminal() {
    }

    /** The text with every control character (C0, DEL, C1, and line or paragraph separators) escaped. */
    static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
                sb.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Every text of the list escaped. */
    static List<String> escape(List<String> texts) {
        return texts.stream().map(Terminal::escape).toList();
    }

    /**
     * A writer that passes text on with every control character escaped except line ends and tabs,
     * which the commands' own layout uses (JSON output stays valid: Jackson already escapes the
     * rest inside strings, and an escape such as {@code \u0085} is valid JSON).
     */
    static PrintWriter safe(PrintWriter target) {
        return new PrintWriter(new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                char ch = (char) c;
                if (isControl(ch) && ch != '\n' && ch != '\t' && !(ch == '\r' && WINDOWS_LINES)) {
                    out.write(escape(String.valueOf(ch)));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String text, int off, int len) throws IOException {
                int start = off;
                for (int i = off; i < off + len; i++) {
                    if (isControl(text.charAt(i))) { // plain runs go on in one piece
                        out.write(text, start, i - start);
                        write(text.charAt(i));
                        start = i + 1;
                    }
                }
                out.write(text, start, off + len - start);
            }
        }, true);
    }

    private static final boolean WINDOWS_LINES = System.lineSeparator().contains("\r");

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
