package org.ordercycle.model;

/**
 * Balances of the orders still in progress at the end of a run, valued from each order's own
 * invoices and deliveries. An order still in a queue is neither revenue nor lost: it shows here.
 */
final class Balances {
    private static final double EPS = 1e-6;

    private Balances() {
    }

    /** Value at the agreed price of the goods the customer has and keeps. */
    static double recognised(Order o) {
        int kept = o.goodsBack ? 0 : o.arrived;
        return kept * o.agreedPrice;
    }

    /** Invoiced to the customer less credit notes (refunds are credit notes too). */
    static double netInvoiced(Order o) {
        double sum = 0;
        for (Invoice inv : o.invoices) {
            sum += inv.amount - inv.credited;
        }
        return sum;
    }

    /** Delivered and not yet invoiced; negative when invoices ran ahead of deliveries. */
    static double unbilled(Order o) {
        return recognised(o) - netInvoiced(o);
    }

    static double unbilled(Iterable<Order> orders) {
        double sum = 0;
        for (Order o : orders) {
            sum += unbilled(o);
        }
        return sum;
    }

    /**
     * The end-of-run balances of the orders in progress, in one pass over them (a wide company
     * keeps tens of thousands, each a cache miss): each sum adds the same terms in the same order
     * as a pass of its own would.
     *
     * @param receivables    what the customers still owe on their invoices
     * @param disputed       the open balance of invoices the customer has disputed and billing has
     *                       not yet resolved
     * @param unbilled       delivered and not yet invoiced ({@link #unbilled(Order)})
     * @param workInProgress goods made or taken from stock for an order and not yet at the customer
     *                       (picking, at the dock or in transit), at unit cost; orders not yet
     *                       produced hold no goods, so no value
     */
    record Totals(double receivables, double disputed, double unbilled, double workInProgress) {
        static Totals of(Iterable<Order> orders) {
            double receivables = 0;
            double disputed = 0;
            double unbilled = 0;
            double workInProgress = 0;
            for (Order o : orders) {
                for (Invoice inv : o.invoices) {
                    double balance = inv.balance();
                    receivables += balance;
                    if (inv.underDispute && balance > EPS) {
                        disputed += balance;
                    }
                }
                unbilled += Balances.unbilled(o);
                workInProgress += Math.max(0, o.allocated - o.arrived) * o.product.spec.unitCost();
            }
            return new Totals(receivables, disputed, unbilled, workInProgress);
        }
    }
}
