package org.ordercycle.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.ordercycle.model.Step;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.TraceEvent;

/** Prints a traced order: its timeline, then a summary of where its time went. */
final class TraceReport {

    private static final String ROW = "  %7s  %5s  %-11s  %-18s  %-8s %s%n";
    private static final int DETAIL_WIDTH = 40;

    private final PrintWriter out;

    TraceReport(PrintWriter out) {
        this.out = out;
    }

    void print(String title, List<TraceEvent> events, OrderRecord o) {
        out.println(title);
        if (o != null) {
            out.printf("Segment %s, product %s, %d units%n", o.segment(), o.product(), o.quantity());
        }
        out.println();
        out.printf(ROW, "Day", "Time", "Step", "Owner", "What", "Detail");
        for (TraceEvent e : events) {
            List<String> detail = Format.wrap(e.detail() == null ? "" : e.detail(), DETAIL_WIDTH);
            out.printf(ROW, String.format(Locale.ROOT, "%.1f", e.time()), Format.clock(e.time()),
                    Format.fit(e.step(), 11), Format.fit(e.owner(), 18), Format.fit(e.what(), 8), detail.get(0));
            for (String more : detail.subList(1, detail.size())) {
                out.printf(ROW, "", "", "", "", "", more);
            }
        }
        if (events.isEmpty()) {
            out.println("  (the engine reported no steps for this order)");
        }
        out.println();
        if (o == null) {
            out.println("This inquiry never became an order (see its last line above):");
            out.println("there is no delivery or invoice to summarise.");
            return;
        }
        printSummary(o);
    }

    private void printSummary(OrderRecord o) {
        out.println("SUMMARY");
        line("Placed", "day " + day(o.placedAt()) + " at " + clockOrDash(o.placedAt()));
        line("Promised", reached(o.promisedAt())
                ? "day " + day(o.promisedAt()) + " (" + Format.days(o.promisedAt() - o.placedAt())
                        + " days after placing)"
                : "no promise made");
        if (reached(o.deliveredAt())) {
            double late = o.deliveredAt() - o.promisedAt();
            String verdict = !reached(o.promisedAt()) ? ""
                    : late > 0 ? ", " + Format.days(late) + " days late" : ", on time";
            line("Delivered", "day " + day(o.deliveredAt()) + verdict);
            line("Lead time", Format.days(o.deliveredAt() - o.placedAt()) + " days from placing to delivery");
        } else {
            line("Delivered", "not delivered");
        }
        out.printf("  %-18s %10s %13s %11s %13s   (days)%n", "Time per step", "waiting", "being worked", "unattended",
                "closed hours");
        for (Step step : Step.values()) {
            double q = at(o.stepQueue(), step);
            double p = at(o.stepProcessing(), step);
            double u = at(o.stepUnattended(), step);
            double c = at(o.stepClosed(), step);
            if (q > 0 || p > 0 || u > 0 || c > 0) {
                out.printf("    %-16s %10s %13s %11s %13s%n", step.number() + ". " + step.label(), d(q), d(p), d(u),
                        d(c));
            }
        }
        String share = reached(o.deliveredAt()) && o.deliveredAt() > o.placedAt()
                ? String.format(Locale.ROOT, " (%.0f%% of the lead time)",
                        100 * o.unattended() / (o.deliveredAt() - o.placedAt()))
                : "";
        line("Unattended", d(o.unattended()) + " days in hand-offs with no owner" + share);
        line("Invoice", invoice(o));
        if (reached(o.paidAt())) {
            line("Paid", "day " + day(o.paidAt()));
        }
        line("Final state", o.state().replace('_', ' '));
    }

    private static String invoice(OrderRecord o) {
        if (!reached(o.invoicedPrice()) && !reached(o.invoicedQuantity())) {
            return "not invoiced";
        }
        String errors = o.invoiceErrors() == null || o.invoiceErrors().isBlank()
                ? "correct" : "wrong (" + o.invoiceErrors() + ")";
        return String.format(Locale.ROOT, "%s: %s units at %,.2f (agreed %d units at %,.2f)", errors,
                Format.count(o.invoicedQuantity()), o.invoicedPrice(), o.quantity(), o.agreedPrice());
    }

    private void line(String label, String text) {
        out.printf("  %-18s %s%n", label, text);
    }

    private static boolean reached(double t) {
        return Double.isFinite(t);
    }

    private static String day(double t) {
        return reached(t) ? String.format(Locale.ROOT, "%.1f", t) : "-";
    }

    private static String clockOrDash(double t) {
        return reached(t) ? Format.clock(t) : "-";
    }

    private static String d(double v) {
        return Double.isFinite(v) ? Format.days(v) : "-";
    }

    private static double at(double[] values, Step step) {
        return values != null && step.ordinal() < values.length ? values[step.ordinal()] : Double.NaN;
    }
}
