package org.ordercycle.report.office;

import java.util.ArrayList;
import java.util.List;

/** Reads the CSV the project writes (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
final class CsvRows {

    private CsvRows() {
    }

    /** Every row's fields; a trailing line break gives no empty row. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean rowStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            rowStarted = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                rowStarted = false;
            } else {
                field.append(c);
            }
        }
        if (rowStarted) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
