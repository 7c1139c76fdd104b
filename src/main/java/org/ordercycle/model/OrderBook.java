package org.ordercycle.model;

import org.ordercycle.model.dept.Books;
import org.ordercycle.stats.TimeAverage;

/**
 * The company's order book: the orders placed and not yet ended, and the counters the end-of-run
 * invariants balance (kept apart from the measures). Departments write in it through
 * {@link Books}; one per replication.
 */
final class OrderBook implements Books {
    /** Reports an order that reached a terminal state (the measures). */
    @FunctionalInterface
    interface Ended {
        void ended(Order o, OrderState state);
    }

    private final RunContext context;
    private final Ended ended;
    /** Orders placed and not yet in a terminal state (for the order invariant and end-of-run records). */
    final LiveOrders live = new LiveOrders();
    /** Orders placed and not yet terminal, over time (Little's law for the whole company). */
    final TimeAverage liveOrders;

    long leads;
    long unqualified;
    long declined;
    long placed;
    final long[] terminal = new long[OrderState.values().length];
    long unitsMade;
    long unitsScrappedInProduction;
    long unitsShipped;
    long unitsStaged;
    long unitsReturned;
    long unitsScrappedFromReturns;
    /** Value at the agreed price of goods delivered, less goods returned (revenue, whole run). */
    double recognised;
    double invoiced;
    double paid;
    double credited;
    double refunded;

    OrderBook(RunContext context, double warmup, Ended ended) {
        this.context = context;
        this.ended = ended;
        this.liveOrders = new TimeAverage(warmup, 0);
    }

    @Override
    public void unqualified() {
        unqualified++;
    }

    @Override
    public void declined() {
        declined++;
    }

    @Override
    public void place(Order o) {
        placed++;
        live.add(o);
        liveOrders.add(context.sim().time(), 1);
    }

    /** Moves an order to a terminal state: counted once, removed from the live set, reported. */
    @Override
    public void terminate(Order o, OrderState state) {
        if (o.state.terminal()) {
            throw new IllegalStateException("order " + o.id + " terminated twice (" + o.state + ", then " + state + ")");
        }
        o.state = state;
        if (!live.remove(o)) {
            throw new IllegalStateException("order " + o.id + " was not live when it became " + state);
        }
        double now = context.sim().time();
        terminal[state.ordinal()]++;
        liveOrders.add(now, -1);
        ended.ended(o, state);
        if (context.reportsOrders) {
            context.listener.orderFinished(Records.of(o, now));
        }
    }

    @Override
    public void made(long made, long scrapped) {
        unitsMade += made;
        unitsScrappedInProduction += scrapped;
    }

    @Override
    public void staged(int units) {
        unitsStaged += units;
    }

    @Override
    public void shipped(int units) {
        unitsStaged -= units;
        unitsShipped += units;
    }

    @Override
    public void recognised(double value) {
        recognised += value;
    }

    @Override
    public void invoiced(double amount) {
        invoiced += amount;
    }

    @Override
    public void paid(double amount) {
        paid += amount;
    }

    @Override
    public void credited(double amount, double refund) {
        credited += amount;
        refunded += refund;
    }

    @Override
    public void goodsReturned(int units, int scrapped, double value) {
        unitsReturned += units;
        recognised -= value;
        unitsScrappedFromReturns += scrapped;
    }
}
