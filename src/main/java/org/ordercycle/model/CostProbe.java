package org.ordercycle.model;

import java.util.Map;
import org.ordercycle.scenario.Costs;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Ledger.Account;
import org.ordercycle.stats.Measure;

/**
 * Operating costs: the ledger's accounts, holding and capital costs from time-weighted stock and
 * receivables, and the events behind the production and freight costs.
 */
final class CostProbe implements Probe {
    private final Ledger ledger;
    private final Costs rates;
    private final Assets assets;
    private final double end;
    private final DeliveryProbe delivery;
    private long changeovers;
    private long scheduleBreaks;
    private long escalations;
    private long premiumShipments;
    private double staffCost;

    CostProbe(Ledger ledger, Costs rates, Assets assets, double end, DeliveryProbe delivery) {
        this.ledger = ledger;
        this.rates = rates;
        this.assets = assets;
        this.end = end;
        this.delivery = delivery;
    }

    /** Margin the company gave up (a lead not pursued, an order rejected or lost); never negative. */
    void lostMargin(double margin, double now) {
        ledger.charge(Account.LOST_MARGIN, now, Math.max(0, margin));
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
        double rate = rates.holdingRatePerYear() / 365.0;
        for (ProductModel p : assets.products()) {
            total += p.stock.integral(end) * p.spec.unitCost() * rate;
        }
        return total;
    }

    double capital() {
        return assets.receivables().get().integral(end) * rates.capitalRatePerYear() / 365.0;
    }

    double idleCapacity() {
        double total = 0;
        for (LineModel l : assets.lines()) {
            total += Math.max(0, l.availableHoursAfterWarmup - l.busyHoursAfterWarmup) * l.spec.costPerHour();
        }
        return total;
    }

    /** Every operating cost: holding, capital and the ledger's accounts except lost margin. */
    double total() {
        double sum = holding() + capital();
        for (Account a : Account.values()) {
            if (a != Account.LOST_MARGIN) {
                sum += ledger.total(a);
            }
        }
        return sum;
    }

    @Override
    public void report(Map<Measure, Double> out) {
        out.put(Measure.COMMITTED_CAPACITY_COST, ledger.total(Account.COMMITTED_CAPACITY));
        out.put(Measure.IDLE_CAPACITY_COST, idleCapacity());
        out.put(Measure.OVERTIME_COST, ledger.total(Account.OVERTIME));
        out.put(Measure.CHANGEOVERS, (double) changeovers);
        out.put(Measure.CHANGEOVER_COST, ledger.total(Account.CHANGEOVER));
        out.put(Measure.SCHEDULE_BREAKS, (double) scheduleBreaks);
        out.put(Measure.ESCALATIONS, (double) escalations);
        out.put(Measure.EXPEDITE_COST, ledger.total(Account.EXPEDITE));
        out.put(Measure.PREMIUM_SHIPMENTS, (double) premiumShipments);
        out.put(Measure.PREMIUM_FREIGHT_COST, ledger.total(Account.PREMIUM_FREIGHT));
        out.put(Measure.SHIPPING_COST, ledger.total(Account.SHIPPING));
        out.put(Measure.HOLDING_COST, holding());
        out.put(Measure.LOST_MARGIN, ledger.total(Account.LOST_MARGIN));
        out.put(Measure.HANDLING_LABOUR_COST, ledger.total(Account.HANDLING_LABOUR));
        out.put(Measure.COORDINATION_COST, ledger.total(Account.COORDINATION));
        out.put(Measure.BILLING_REWORK_COST, ledger.total(Account.BILLING_REWORK));
        out.put(Measure.RETURNS_HANDLING_COST, ledger.total(Account.RETURNS_HANDLING));
        out.put(Measure.SERVICE_LABOUR_COST, ledger.total(Account.SERVICE_LABOUR));
        out.put(Measure.CAPITAL_COST, capital());
        out.put(Measure.TOTAL_COST, total());
        long delivered = delivery.delivered();
        out.put(Measure.COST_PER_ORDER, delivered > 0 ? total() / delivered : Double.NaN);
        out.put(Measure.STAFF_COST, staffCost);
    }
}
