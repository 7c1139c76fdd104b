package org.ordercycle.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A result table as JSON rows (column name -> value), so that the page draws from the same tables as the report. */
final class TableJson {
    private TableJson() {
    }

    static ArrayNode rows(Table table) {
        ArrayNode rows = ScenarioCatalog.JSON.createArrayNode();
        for (int i = 0; i < table.rowCount(); i++) {
            ObjectNode row = rows.addObject();
            for (Column<?> c : table.columns()) {
                Object v = c.get(i);
                if (v instanceof Double d) {
                    if (d.isNaN() || d.isInfinite()) {
                        row.putNull(c.name()); // JSON has no NaN: an undefined interval is null
                    } else {
                        row.put(c.name(), d);
                    }
                } else if (v instanceof Integer n) {
                    row.put(c.name(), n);
                } else if (v instanceof Boolean b) {
                    row.put(c.name(), b);
                } else {
                    row.put(c.name(), v == null ? null : v.toString());
                }
            }
        }
        return rows;
    }
}
