package org.ordercycle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

class WritersTest {

    @TempDir
    Path dir;

    @Test
    void kpisAreInLongFormatWithOneRowPerReplicationAndValue() throws Exception {
        List<ReplicationResult> reps = List.of(Fixtures.replication(0, 1), Fixtures.replication(1, 2));
        Path file = dir.resolve("out/kpis.csv");
        KpiCsv.write(file, reps);
        List<List<String>> rows = Fixtures.parseCsv(Files.readString(file));

        assertEquals(KpiCsv.COLUMNS, rows.get(0));
        int valuesPerReplication = reps.get(0).values().size();
        assertEquals(1 + 2 * valuesPerReplication, rows.size());
        for (List<String> row : rows) {
            assertEquals(7, row.size(), "every row has 7 cells: " + row);
        }
        assertTrue(rows.contains(List.of("tiny", "siloed", "7", "0", "lead_time_mean", "all", "1")));
        assertTrue(rows.contains(List.of("tiny", "siloed", "7", "1", "revenue", "all",
                Csv.number(2 + Measure.REVENUE.ordinal()))));
        // a segment name with a comma and quotes survives the round trip
        assertTrue(rows.contains(List.of("tiny", "siloed", "7", "0", "lead_time_mean", Fixtures.ODD_SEGMENT, "101")));
        // NaN is an empty value, not the text NaN
        assertTrue(rows.contains(List.of("tiny", "siloed", "7", "0", "on_time_rate", "all", "")));
        // step times keep their key whole
        assertTrue(rows.contains(List.of("tiny", "siloed", "7", "0", "step_time[entry.queue]", "all", "1.5")));
    }

    @Test
    void kpisQuoteTheSegmentNameInTheRawText() throws Exception {
        StringWriter out = new StringWriter();
        KpiCsv.write(out, List.of(Fixtures.replication(0, 1)));
        assertTrue(out.toString().contains(",lead_time_mean,\"Retail, \"\"small\"\"\",101\n"), out.toString());
    }

    @Test
    void periodsHaveOneRowPerReplicationPeriodAndProduct() throws Exception {
        Path file = dir.resolve("periods.csv");
        PeriodCsv.write(file, List.of(Fixtures.replication(0, 1), Fixtures.replication(3, 1)));
        List<List<String>> rows = Fixtures.parseCsv(Files.readString(file));
        assertEquals(PeriodCsv.COLUMNS, rows.get(0));
        assertEquals(5, rows.size());
        // base 10.4; inflation 13 / 10.4 - 1 = 0.25; production's estimate 13 / 12.5 - 1 = 0.04 (in binary
        // floating point); forecast error 13 - 11 = 2
        assertEquals(List.of("tiny", "siloed", "7", "3", "1", "7", "pump, large", "11", "13", "12.5", "10", "9", "2", "",
                "10.4", "0.25", Csv.number(13 / 12.5 - 1), "2"), rows.get(4));
    }

    @Test
    void valueKeysSplitMeasureAndSegment() {
        assertEquals(new ValueKey("lead_time_mean", "all"), ValueKey.parse("lead_time_mean"));
        assertEquals(new ValueKey("lead_time_mean", "b2b"), ValueKey.parse("lead_time_mean[b2b]"));
        assertEquals(new ValueKey("step_time[entry.queue]", "all"), ValueKey.parse("step_time[entry.queue]"));
    }
}
