package org.ordercycle.model;

import java.util.Map;
import org.ordercycle.stats.Ledger.Account;
import org.ordercycle.stats.Measure;

/**
 * Operating costs: the ledger's accounts, holding and capital costs from time-weighted stock and
 * receivables, and the events behind the production and freight costs.
 */
final class CostProbe implements Probe {
    private final Company c;
    private final DeliveryProbe delivery;
    private long changeovers;
    private long scheduleBreaks;
    private long escalations;
    private long premiumShipments;
    private double staffCost;

    CostProbe(Company c, DeliveryProbe delivery) {
        this.c = c;
        this.delivery = delivery;
    }

    /** Margin the company gave up (a lead not pursued, an order rejected or lost); never negative. */
    void lostMargin(double margin) {
        c.ledger.charge(Account.LOST_MARGIN, c.sim.time(), Math.max(0, margin));
    }

    void changeover() {
        changeovers++;
    }

    void scheduleBreak() {
        scheduleBreaks++;
    }

    void escalation() {
        escalations++;
    }

    void premiumShipment() {
        premiumShipments++;
    }

    /** Paid shifts of the measured period, known when the books close. */
    void staffCost(double cost) {
        staffCost = cost;
    }

    double holding() {
        double total = 0;
        double rate = c.scenario.costs().holdingRatePerYear() / 365.0;
        for (ProductModel p : c.products) {
            total += p.stock.integral(c.end) * p.spec.unitCost() * rate;
        }
        return total;
    }

    double capital() {
        return c.billing.receivables().integral(c.end) * c.scenario.costs().capitalRatePerYear() / 365.0;
    }

    double idleCapacity() {
        double total = 0;
        for (LineModel l : c.lines) {
            total += Math.max(0, l.availableHoursAfterWarmup - l.busyHoursAfterWarmup) * l.spec.costPerHour();
        }
        return total;
    }

    /** Every operating cost: holding, capital and the ledger's accounts except lost margin. */
    double total() {
        double sum = holding() + capital();
        for (Account a : Account.values()) {
            if (a != Account.LOST_MARGIN) {
                sum += c.ledger.total(a);
            }
        }
        return sum;
    }

    @Override
    public void report(Map<Measure, Double> out) {
        out.put(Measure.COMMITTED_CAPACITY_COST, c.ledger.total(Account.COMMITTED_CAPACITY));
        out.put(Measure.IDLE_CAPACITY_COST, idleCapacity());
        out.put(Measure.OVERTIME_COST, c.ledger.total(Account.OVERTIME));
        out.put(Measure.CHANGEOVERS, (double) changeovers);
        out.put(Measure.CHANGEOVER_COST, c.ledger.total(Account.CHANGEOVER));
        out.put(Measure.SCHEDULE_BREAKS, (double) scheduleBreaks);
        out.put(Measure.ESCALATIONS, (double) escalations);
        out.put(Measure.EXPEDITE_COST, c.ledger.total(Account.EXPEDITE));
        out.put(Measure.PREMIUM_SHIPMENTS, (double) premiumShipments);
        out.put(Measure.PREMIUM_FREIGHT_COST, c.ledger.total(Account.PREMIUM_FREIGHT));
        out.put(Measure.SHIPPING_COST, c.ledger.total(Account.SHIPPING));
        out.put(Measure.HOLDING_COST, holding());
        out.put(Measure.LOST_MARGIN, c.ledger.total(Account.LOST_MARGIN));
        out.put(Measure.HANDLING_LABOUR_COST, c.ledger.total(Account.HANDLING_LABOUR));
        out.put(Measure.COORDINATION_COST, c.ledger.total(Account.COORDINATION));
        out.put(Measure.BILLING_REWORK_COST, c.ledger.total(Account.BILLING_REWORK));
        out.put(Measure.RETURNS_HANDLING_COST, c.ledger.total(Account.RETURNS_HANDLING));
        out.put(Measure.SERVICE_LABOUR_COST, c.ledger.total(Account.SERVICE_LABOUR));
        out.put(Measure.CAPITAL_COST, capital());
        out.put(Measure.TOTAL_COST, total());
        long delivered = delivery.delivered();
        out.put(Measure.COST_PER_ORDER, delivered > 0 ? total() / delivered : Double.NaN);
        out.put(Measure.STAFF_COST, staffCost);
    }
}
