package org.ordercycle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.model.Step;
import org.ordercycle.stats.OrderRecord;

class OrderCsvTest {

    private static OrderRecord order(long id, String errors) {
        double[] queue = new double[Step.values().length];
        double[] processing = new double[Step.values().length];
        double[] unattended = new double[Step.values().length];
        Arrays.fill(queue, Double.NaN);
        queue[Step.ENTRY.ordinal()] = 1.5;
        processing[Step.ENTRY.ordinal()] = 0.25;
        unattended[Step.ENTRY.ordinal()] = 2;
        return new OrderRecord(id, "key, accounts", "pump", 40, 100, 95, 40, 100, errors,
                3.5, 13.5, Double.NaN, Double.NaN, queue, processing, unattended, 2, "in_progress");
    }

    @Test
    void oneRowPerOrderWithStepTimesFlattened() throws Exception {
        StringWriter out = new StringWriter();
        OrderCsv csv = new OrderCsv(out, 0);
        csv.orderFinished(order(1, ""));
        csv.orderFinished(order(2, "price,format"));
        assertEquals(2, csv.rows());

        List<List<String>> rows = Fixtures.parseCsv(out.toString());
        List<String> header = rows.get(0);
        assertEquals(3, rows.size());
        assertTrue(header.containsAll(List.of("entry_queue", "entry_processing", "entry_unattended",
                "entry_closed", "production_queue", "service_unattended", "state")), header.toString());
        assertEquals(14 + 4 * Step.values().length + 2, header.size()); // queue, processing, unattended, closed
        for (List<String> row : rows) {
            assertEquals(header.size(), row.size());
        }
        List<String> second = rows.get(2);
        assertEquals("2", second.get(header.indexOf("id")));
        assertEquals("key, accounts", second.get(header.indexOf("segment")));
        assertEquals("price,format", second.get(header.indexOf("invoice_errors")));
        assertEquals("1.5", second.get(header.indexOf("entry_queue")));
        assertEquals("0.25", second.get(header.indexOf("entry_processing")));
        assertEquals("", second.get(header.indexOf("planning_queue")), "NaN is empty");
        assertEquals("", second.get(header.indexOf("delivered_at")));
        assertEquals("in_progress", second.get(header.indexOf("state")));
    }
}
