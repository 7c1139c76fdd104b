package org.ordercycle.model;

import static org.ordercycle.model.Probe.mean;

import java.util.Map;
import org.ordercycle.stats.Measure;
import umontreal.ssj.stat.Tally;

/**
 * Money in and owed: revenue recognised at delivery and reversed by returns, the cost of the goods
 * sold, invoicing, days to payment, and the balances left open at the end of the run.
 */
final class MoneyProbe implements Probe {
    private final Company c;
    private final CostProbe cost;
    private final double[] revenue;
    private final Tally[] daysToPay;
    private double allRevenue;
    private final Tally allDaysToPay = new Tally();
    private double cogs;
    private double invoicedNet;

    MoneyProbe(Company c, int segments, CostProbe cost) {
        this.c = c;
        this.cost = cost;
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
        out.put(Measure.CASH_TIED_UP, c.billing.receivables().average(c.end));
        out.put(Measure.INVOICED_AMOUNT, invoicedNet);
        out.put(Measure.RECEIVABLES_END, Balances.receivables(c.books.live));
        out.put(Measure.DISPUTED_END, Balances.disputed(c.books.live));
        out.put(Measure.UNBILLED_END, Balances.unbilled(c.books.live));
        out.put(Measure.WORK_IN_PROGRESS_END, Balances.workInProgress(c.books.live));
    }

    @Override
    public void reportSegment(int segment, Map<Measure, Double> out) {
        out.put(Measure.REVENUE, revenue[segment]);
        out.put(Measure.DSO, mean(daysToPay[segment]));
    }
}
