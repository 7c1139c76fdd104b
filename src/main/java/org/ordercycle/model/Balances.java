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

    static double receivables(Iterable<Order> orders) {
        double sum = 0;
        for (Order o : orders) {
            for (Invoice inv : o.invoices) {
                sum += inv.balance();
            }
        }
        return sum;
    }

    /** Open balance of invoices the customer has disputed and billing has not yet resolved. */
    static double disputed(Iterable<Order> orders) {
        double sum = 0;
        for (Order o : orders) {
            for (Invoice inv : o.invoices) {
                if (inv.underDispute && inv.balance() > EPS) {
                    sum += inv.balance();
                }
            }
        }
        return sum;
    }

    /**
     * Goods made or taken from stock for an order and not yet at the customer (picking, at the
     * dock or in transit), at unit cost. Orders not yet produced hold no goods, so no value.
     */
    static double workInProgress(Iterable<Order> orders) {
        double sum = 0;
        for (Order o : orders) {
            sum += Math.max(0, o.allocated - o.arrived) * o.product.spec.unitCost();
        }
        return sum;
    }
}
