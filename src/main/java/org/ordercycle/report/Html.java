package org.ordercycle.report;

import java.util.List;

/**
 * Small HTML building blocks. Every text that may come from a user (scenario, policy, segment,
 * product and lever names, file names, the manifest) goes through {@link #text}, which escapes
 * the five characters that could open markup or leave an attribute.
 */
final class Html {
    private Html() {
    }

    /** The text escaped for element content and quoted attribute values. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A table with a header row; every cell is escaped; cells that start with a number align right. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<div class=\"table\"><table>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(text(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (String cell : row) {
                b.append(numeric(cell) ? "<td class=\"num\">" : "<td>").append(text(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    /** A cell that starts with a number ("4.98 days ± 0.05", "−27 [−28, −25] *") aligns right. */
    private static boolean numeric(String cell) {
        return cell != null && cell.matches("[-+−]?[0-9].*");
    }
}
