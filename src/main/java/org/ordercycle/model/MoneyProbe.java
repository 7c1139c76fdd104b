package org.ordercycle.model;

import static org.ordercycle.model.Probe.mean;

import java.util.Map;
import java.util.function.Supplier;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.TimeAverage;
import umontreal.ssj.stat.Tally;

/**
 * Money in and owed: revenue recognised at delivery and reversed by returns, the cost of the goods
 * sold, invoicing, days to payment, and the balances left open at the end of the run.
 */
final class MoneyProbe implements Probe {
    private final CostProbe cost;
    /** Billing's receivables, read at the end (billing is built after the measures). */
    private final Supplier<TimeAverage> receivables;
    /** The orders in progress, whose open balances are valued at the end. */
    private final LiveOrders live;
    private final double end;
    private final double[] revenue;
    private final Tally[] daysToPay;
    private double allRevenue;
    private final Tally allDaysToPay = new Tally();
    private double cogs;
    private double invoicedNet;

    MoneyProbe(int segments, CostProbe cost, Supplier<TimeAverage> receivables, LiveOrders live, double end) {
        this.cost = cost;
        this.receivables = receivables;
        this.live = live;
        this.end = end;
        this.revenue = new double[segments];
        this.daysToPay = new Tally[segments];
        for (int i = 0; i < segments; i++) {
            daysToPay[i] = new Tally();
        }
    }

    /** Goods reach the customer: revenue and their cost of goods are recognised (accrual). */
    void recognised(Order o, int units) {
        double value = units * o.agreedPrice;
        revenue[o.segment.index] += value;
        allRevenue += value;
        cogs += units * o.product.spec.unitCost();
    }

    /** Returned goods are back and the sale is reversed; restocked goods leave the cost of goods sold, scrapped ones stay there as a loss. */
    void goodsReturned(Order o, int scrapped) {
        double value = o.quantity * o.agreedPrice;
        revenue[o.segment.index] -= value;
        allRevenue -= value;
        cogs -= (o.quantity - scrapped) * o.product.spec.unitCost();
    }

    void invoiced(double amount) {
        invoicedNet += amount;
    }

    void credited(double amount) {
        invoicedNet -= amount;
    }

    void paid(Invoice inv, double now) {
        daysToPay[inv.order.segment.index].add(now - inv.firstIssuedAt);
        allDaysToPay.add(now - inv.firstIssuedAt);
    }

    @Override
    public void report(Map<Measure, Double> out) {
        out.put(Measure.REVENUE, allRevenue);
        out.put(Measure.MARGIN, allRevenue - cogs);
        out.put(Measure.PROFIT, allRevenue - cogs - cost.total());
        out.put(Measure.DSO, mean(allDaysToPay));
        out.put(Measure.CASH_TIED_UP, receivables.get().average(end));
        out.put(Measure.INVOICED_AMOUNT, invoicedNet);
        Balances.Totals balances = Balances.Totals.of(live);
        out.put(Measure.RECEIVABLES_END, balances.receivables());
        out.put(Measure.DISPUTED_END, balances.disputed());
        out.put(Measure.UNBILLED_END, balances.unbilled());
        out.put(Measure.WORK_IN_PROGRESS_END, balances.workInProgress());
    }

    @Override
    public void reportSegment(int segment, Map<Measure, Double> out) {
        out.put(Measure.REVENUE, revenue[segment]);
        out.put(Measure.DSO, mean(daysToPay[segment]));
    }
}
