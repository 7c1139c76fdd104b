package org.ordercycle.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.ordercycle.model.Step;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.RunListener;

/**
 * A {@link RunListener} that streams {@code orders.csv}: one row per order of one replication,
 * written as soon as the order finishes, so memory does not grow with the number of orders.
 * Times are simulated days from the start of the run (empty when not reached); step times are
 * flattened as {@code entry_queue, entry_processing, entry_unattended, entry_closed} for every
 * step (closed: nights and weekends inside work already started), so that they add up to the
 * order's time.
 * Write failures surface as {@link UncheckedIOException}, which stops the replication.
 * Not thread safe: use one instance per replication.
 */
public final class OrderCsv implements RunListener {

    private static final String[] KINDS = {"queue", "processing", "unattended", "closed"};

    private final Writer out;
    private final int replication;
    private long rows;

    /** Writes the header line at once. */
    public OrderCsv(Writer out, int replication) throws IOException {
        this.out = out;
        this.replication = replication;
        Csv.row(out, columns());
    }

    /** The header line's columns. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("replication", "id", "segment", "product", "quantity",
                "list_price", "agreed_price", "invoiced_quantity", "invoiced_price", "invoice_errors",
                "placed_at", "promised_at", "delivered_at", "paid_at"));
        for (Step step : Step.values()) {
            for (String kind : KINDS) {
                columns.add(step.label() + "_" + kind);
            }
        }
        columns.add("unattended");
        columns.add("state");
        return columns;
    }

    @Override
    public void orderFinished(OrderRecord o) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(replication), Long.toString(o.id()),
                o.segment(), o.product(), Integer.toString(o.quantity()), Csv.number(o.listPrice()),
                Csv.number(o.agreedPrice()), Csv.number(o.invoicedQuantity()), Csv.number(o.invoicedPrice()),
                o.invoiceErrors() == null ? "" : o.invoiceErrors(), Csv.number(o.placedAt()),
                Csv.number(o.promisedAt()), Csv.number(o.deliveredAt()), Csv.number(o.paidAt())));
        for (Step step : Step.values()) {
            cells.add(Csv.number(at(o.stepQueue(), step)));
            cells.add(Csv.number(at(o.stepProcessing(), step)));
            cells.add(Csv.number(at(o.stepUnattended(), step)));
            cells.add(Csv.number(at(o.stepClosed(), step)));
        }
        cells.add(Csv.number(o.unattended()));
        cells.add(o.state());
        try {
            Csv.row(out, cells);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write orders.csv: " + e.getMessage(), e);
        }
        rows++;
    }

    /** Orders written so far. */
    public long rows() {
        return rows;
    }

    private static double at(double[] values, Step step) {
        return values != null && step.ordinal() < values.length ? values[step.ordinal()] : Double.NaN;
    }
}
