package org.ordercycle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal: the first {@code leftColumns} columns aligned left, the
 * others right, columns separated by two spaces, a rule under the header. Not thread safe.
 */
final class TextTable {
    private final List<String> header;
    private final int leftColumns;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, int leftColumns) {
        this.header = List.copyOf(header);
        this.leftColumns = leftColumns;
    }

    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + header.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    void print(PrintWriter out, String indent) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        line(out, indent, header, width);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.println(indent + rule);
        for (List<String> r : rows) {
            line(out, indent, r, width);
        }
    }

    private void line(PrintWriter out, String indent, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(c == 0 ? "" : "  ").append(c < leftColumns ? cell + pad : pad + cell);
        }
        out.println(sb.toString().stripTrailing());
    }
}
