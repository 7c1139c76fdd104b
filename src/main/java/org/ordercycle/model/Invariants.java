package org.ordercycle.model;

import java.util.List;
import java.util.Locale;

/**
 * End-of-run checks that nothing was lost or invented: every placed order is in exactly one
 * terminal state or still in progress; every unit made is shipped, in stock, staged or
 * scrapped; every amount invoiced is paid, owed or credited; every amount recognised at
 * delivery is invoiced (net of credit notes) or still unbilled.
 */
final class Invariants {
    private static final double MONEY_TOLERANCE = 1e-6;

    private Invariants() {
    }

    /** Checks the order book's counters against the orders still in it and the products' stock. */
    static void check(OrderBook b, List<ProductModel> products) {
        long terminal = 0;
        for (OrderState s : OrderState.values()) {
            terminal += b.terminal[s.ordinal()];
        }
        for (Order o : b.live) {
            if (o.state.terminal()) {
                fail("order %d is in progress but in terminal state %s", o.id, o.state);
            }
        }
        if (b.placed != terminal + b.live.size()) {
            fail("orders: %d entered but %d delivered and paid + %d rejected + %d lost + %d returned + %d in progress",
                    b.placed, b.terminal[OrderState.PAID.ordinal()], b.terminal[OrderState.REJECTED.ordinal()],
                    b.terminal[OrderState.LOST.ordinal()], b.terminal[OrderState.RETURNED.ordinal()], b.live.size());
        }
        long initial = 0;
        long onHand = 0;
        for (ProductModel p : products) {
            initial += Math.round(p.spec.initialStock());
            onHand += p.onHand();
            if (p.onHand() < 0) {
                fail("units: product %s has negative stock %d", p.spec.id(), p.onHand());
            }
        }
        long in = initial + b.unitsMade + b.unitsReturned;
        long out = b.unitsShipped + onHand + b.unitsStaged + b.unitsScrappedInProduction + b.unitsScrappedFromReturns;
        if (in != out) {
            fail("units: %d initial + %d produced + %d returned != %d shipped + %d in stock + %d staged + %d scrapped",
                    initial, b.unitsMade, b.unitsReturned, b.unitsShipped, onHand, b.unitsStaged,
                    b.unitsScrappedInProduction + b.unitsScrappedFromReturns);
        }
        double receivables = 0;
        for (Order o : b.live) {
            for (Invoice inv : o.invoices) {
                if (inv.balance() < -MONEY_TOLERANCE * Math.max(1, inv.amount)) {
                    fail("money: invoice of order %d has a negative balance %.2f", o.id, inv.balance());
                }
                receivables += inv.balance();
            }
        }
        double accounted = b.paid - b.refunded + b.credited + receivables;
        if (Math.abs(b.invoiced - accounted) > MONEY_TOLERANCE * Math.max(1, b.invoiced)) {
            fail("money: invoiced %.2f != paid %.2f - refunded %.2f + credit notes %.2f + receivables %.2f",
                    b.invoiced, b.paid, b.refunded, b.credited, receivables);
        }
        checkRecognised(b);
    }

    /**
     * Revenue recognised at delivery is invoiced or still unbilled: recognised (a running total
     * kept at each delivery and return) = invoiced - credit notes (running totals kept at each
     * invoice and credit note) + unbilled, where unbilled is what the orders in progress show
     * from their own deliveries and invoices. An ended order must therefore be billed exactly what
     * it delivered and kept: a missed or double booking anywhere breaks the equation.
     */
    private static void checkRecognised(OrderBook b) {
        double unbilled = Balances.unbilled(b.live);
        if (!recognisedIsBilledOrUnbilled(b.recognised, b.invoiced, b.credited, unbilled)) {
            fail("money: recognised %.2f != invoiced %.2f - credit notes %.2f + unbilled %.2f",
                    b.recognised, b.invoiced, b.credited, unbilled);
        }
    }

    /**
     * recognised = invoiced - credit notes + unbilled, within rounding. The allowance scales with
     * the largest running total in the sum: invoices and credit notes of billions that cancel out
     * leave rounding errors far above a millionth of a recognised revenue of 0.
     */
    static boolean recognisedIsBilledOrUnbilled(double recognised, double invoiced, double credited,
                                                double unbilled) {
        double scale = Math.max(1, Math.max(Math.abs(recognised), Math.max(Math.abs(invoiced), Math.abs(credited))));
        return Math.abs(recognised - (invoiced - credited) - unbilled) <= MONEY_TOLERANCE * scale;
    }

    private static void fail(String format, Object... args) {
        throw new InvariantViolation("invariant violated: " + String.format(Locale.ROOT, format, args));
    }
}
