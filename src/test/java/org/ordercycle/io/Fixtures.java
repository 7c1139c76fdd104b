package org.ordercycle.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.PeriodRecord;
import org.ordercycle.stats.ReplicationResult;

/** Hand-made results for writer tests: no engine needed. */
public final class Fixtures {

    /** A segment id that needs CSV quoting. */
    public static final String ODD_SEGMENT = "Retail, \"small\"";

    private Fixtures() {
    }

    /** A replication where every measure equals {@code base + ordinal}, on_time_rate is NaN, two segments. */
    public static ReplicationResult replication(int index, double base) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            values.put(m.key(), m == Measure.ON_TIME_RATE ? Double.NaN : base + m.ordinal());
        }
        for (String segment : List.of("key", ODD_SEGMENT)) {
            for (Measure m : Measure.values()) {
                if (m.perSegment()) {
                    values.put(ReplicationResult.segmentKey(m, segment), base + 100 + m.ordinal());
                }
            }
        }
        values.put(ReplicationResult.stepTimeKey("entry", "queue"), base + 0.5);
        values.put(ReplicationResult.stepTimeKey("entry", "processing"), base + 0.25);
        values.put(ReplicationResult.stepTimeKey("entry", "unattended"), base + 1.0);
        List<PeriodRecord> periods = List.of(
                new PeriodRecord(0, 0, "pump, large", 10, 12, 11, 9, 8, 3, 1, 10),
                new PeriodRecord(1, 7, "pump, large", 11, 13, 12.5, 10, 9, 2, Double.NaN, 10.4));
        return new ReplicationResult("tiny", "siloed", 7, index, values, periods, 1000, 50);
    }

    /** Parses RFC 4180 CSV text (quoted fields, doubled quotes, line breaks inside quotes). */
    public static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
