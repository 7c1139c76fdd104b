package org.ordercycle.cli;

import java.util.List;

/**
 * Text from users' files (scenario, policy and file names, descriptions) made safe for a
 * terminal: control characters, which could move the cursor, clear the screen or change colours,
 * are shown as escapes ({@code \n}, {@code \t}, {@code \u001b}) instead of being sent raw.
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

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
