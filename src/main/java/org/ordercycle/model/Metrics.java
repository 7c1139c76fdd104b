package org.ordercycle.model;

import static org.ordercycle.model.SegmentStats.mean;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ordercycle.stats.LeadTimeHistogram;
import org.ordercycle.stats.Ledger.Account;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.Overload;
import org.ordercycle.stats.ReplicationResult;
import umontreal.ssj.stat.Tally;

/**
 * Observations the model reports, kept in streaming collectors (no stored samples), and turned
 * into the measures of {@link Measure} at the end. Only observations from the end of the
 * warm-up on count.
 */
final class Metrics {
    private final Company c;
    private final SegmentStats[] bySegment;
    private final SegmentStats all = new SegmentStats();
    private long changeovers;
    private long scheduleBreaks;
    private long escalations;
    private long premiumShipments;
    private long partialShipments;
    private final long[] errorsByKind = new long[4];
    private double disputedAmount;
    private double cogs;
    private double invoicedNet;
    /** Paid shifts of the measured period, set when the books close. */
    double staffCost;
    private final Tally disputeResolution = new Tally();
    private final Tally timeInSystem = new Tally();
    private final Tally refundCycle = new Tally();
    private double forecastSum;
    private double forecastAbsError;
    private double planSum;
    private double demandSum;
    private Tally[] periodDemand;
    private Tally[] periodOrders;
    private final double[][] stepTimes = new double[Step.values().length][4];
    private final double[] weekSum;
    private final int[] weekCount;
    private final LeadTimeHistogram.Builder leadTimes = new LeadTimeHistogram.Builder();

    Metrics(Company c) {
        this.c = c;
        this.bySegment = new SegmentStats[c.scenario.segments().size()];
        int weeks = (int) Math.ceil(c.end / 7.0);
        this.weekSum = new double[weeks];
        this.weekCount = new int[weeks];
        for (int i = 0; i < bySegment.length; i++) {
            bySegment[i] = new SegmentStats();
        }
    }

    private boolean counting() {
        return c.sim.time() >= c.warmup;
    }

    private SegmentStats seg(Order o) {
        return bySegment[o.segment.index];
    }

    void lead(Order o) {
        if (counting()) {
            seg(o).leads++;
            all.leads++;
        }
    }

    void unqualified(Order o) {
        if (counting()) {
            seg(o).unqualified++;
            all.unqualified++;
            lostMargin((o.product.spec.listPrice() - o.product.spec.unitCost()) * o.quantity);
        }
    }

    void declined(Order o) {
        if (counting()) {
            seg(o).declined++;
            all.declined++; // a customer who does not buy at the quote is not margin the company threw away
        }
    }

    void placed(Order o) {
        if (counting()) {
            seg(o).entered++;
            all.entered++;
        }
    }

    void rejected(Order o) {
        if (counting()) {
            seg(o).rejected++;
            all.rejected++;
            lostMargin(o.margin());
        }
    }

    void lost(Order o) {
        if (counting()) {
            seg(o).lost++;
            all.lost++;
            lostMargin(o.margin());
        }
    }

    private void lostMargin(double margin) {
        c.ledger.charge(Account.LOST_MARGIN, c.sim.time(), Math.max(0, margin));
    }

    void accepted(Order o) {
        // nothing to count: acceptance shows as the absence of rejection and loss
    }

    void stockRequest(Order o, int fromStock) {
        if (counting()) {
            stockRequest(seg(o), o, fromStock);
            stockRequest(all, o, fromStock);
        }
    }

    private static void stockRequest(SegmentStats s, Order o, int fromStock) {
        s.unitsRequestedFromStock += o.quantity;
        s.unitsFromStock += fromStock;
        if (fromStock < o.quantity) {
            s.backorders++;
        }
    }

    void shipment(Order o, boolean partial) {
        if (counting()) {
            if (partial) {
                partialShipments++;
            }
        }
    }

    void premiumShipment(double now) {
        if (counting()) {
            premiumShipments++;
        }
    }

    void changeover(double now) {
        if (counting()) {
            changeovers++;
        }
    }

    void scheduleBreak(double now) {
        if (counting()) {
            scheduleBreaks++;
        }
    }

    void escalation() {
        if (counting()) {
            escalations++;
        }
    }

    void produced(long made, long scrapped) {
        // units are tracked by the invariant books; nothing to measure here yet
    }

    void delivered(Order o) {
        double lt = o.leadTime();
        int week = (int) (c.sim.time() / 7.0);
        if (week < weekSum.length) { // the whole run, warm-up included: warm-up detection needs it
            weekSum[week] += lt;
            weekCount[week]++;
        }
        if (!counting()) {
            return;
        }
        leadTimes.add(lt);
        double unattended = o.totalUnattended();
        delivered(seg(o), o, lt, unattended);
        delivered(all, o, lt, unattended);
        for (int step = 0; step < Step.COUNT; step++) {
            stepTimes[step][0] += o.queue[step];
            stepTimes[step][1] += o.processing[step];
            stepTimes[step][2] += o.unattended[step];
            stepTimes[step][3] += o.closed[step];
        }
    }

    private static void delivered(SegmentStats s, Order o, double lt, double unattended) {
        s.delivered++;
        if (o.onTime()) {
            s.onTime++;
        }
        s.leadTime.add(lt);
        s.p50.add(lt);
        s.p90.add(lt);
        s.p95.add(lt);
        s.promisedLeadTime.add(o.promisedAt - o.placedAt);
        s.lateness.add(Math.max(0, o.deliveredAt - o.promisedAt));
        s.unattended.add(unattended);
    }

    void invoice(Invoice inv) {
        if (!counting()) {
            return;
        }
        if (inv.quantityError) {
            errorsByKind[0]++;
        }
        if (inv.priceError) {
            errorsByKind[1]++;
        }
        if (inv.entryError) {
            errorsByKind[2]++;
        }
        if (inv.formatError) {
            errorsByKind[3]++;
        }
        invoice(seg(inv.order), inv);
        invoice(all, inv);
        invoicedNet += inv.amount;
    }

    /** Goods reach the customer: revenue and their cost of goods are recognised (accrual). */
    void recognised(Order o, int units) {
        if (counting()) {
            double value = units * o.agreedPrice;
            seg(o).revenue += value;
            all.revenue += value;
            cogs += units * o.product.spec.unitCost();
        }
    }

    private static void invoice(SegmentStats s, Invoice inv) {
        s.invoices++;
        if (inv.anyError()) {
            s.invoicesWithError++;
        }
    }

    void dispute(Invoice inv, double now) {
        if (counting()) {
            disputedAmount += inv.amount;
        }
    }

    void disputeResolved(Invoice inv, double now) {
        if (counting()) {
            disputeResolution.add(now - inv.issuedAt);
        }
    }

    void credit(Invoice inv, double amount, double now) {
        if (counting()) {
            invoicedNet -= amount;
        }
    }

    void payment(Invoice inv, double now) {
        if (counting()) {
            seg(inv.order).daysToPay.add(now - inv.firstIssuedAt);
            all.daysToPay.add(now - inv.firstIssuedAt);
        }
    }

    void returnRequested(Order o) {
        if (counting()) {
            seg(o).returned++;
            all.returned++;
        }
    }

    void refunded(Order o, double now) {
        if (counting()) {
            refundCycle.add(now - o.returnRequestedAt);
        }
    }

    /** Returned goods are back: the sale is reversed. */
    void goodsReturned(Order o, int scrapped) {
        if (counting()) {
            double value = o.quantity * o.agreedPrice; // the sale is reversed
            seg(o).revenue -= value;
            all.revenue -= value;
            // restocked goods leave the cost of goods sold; scrapped ones stay there as a loss
            cogs -= (o.quantity - scrapped) * o.product.spec.unitCost();
        }
    }

    void serviceVisit(Order o, boolean repeat, double now) {
        if (counting()) {
            for (SegmentStats s : new SegmentStats[] {seg(o), all}) {
                s.serviceVisits++;
                if (repeat) {
                    s.repeatVisits++;
                }
            }
        }
    }

    void terminal(Order o, OrderState state) {
        if (o.placedAt >= c.warmup) { // time in the company of orders placed after the warm-up
            timeInSystem.add(c.sim.time() - o.placedAt);
        }
    }

    /** Scores one product's forecast and plan against the demand of a period after the warm-up. */
    void period(ProductModel p, double demand, double forecast, double plan, double ordered) {
        if (periodDemand == null) {
            periodDemand = new Tally[c.products.size()];
            periodOrders = new Tally[c.products.size()];
            for (int i = 0; i < periodDemand.length; i++) {
                periodDemand[i] = new Tally();
                periodOrders[i] = new Tally();
            }
        }
        forecastSum += forecast;
        forecastAbsError += Math.abs(forecast - demand);
        planSum += plan;
        demandSum += demand;
        periodDemand[p.index].add(demand);
        periodOrders[p.index].add(ordered);
    }

    LeadTimeHistogram leadTimes() {
        return leadTimes.build();
    }

    /** Mean lead time of the orders delivered in each week from time 0 (NaN for an empty week). */
    java.util.List<Double> weeklyLeadTime() {
        java.util.List<Double> series = new java.util.ArrayList<>(weekSum.length);
        for (int w = 0; w < weekSum.length; w++) {
            series.add(weekCount[w] > 0 ? weekSum[w] / weekCount[w] : Double.NaN);
        }
        return series;
    }

    /** Every measure, company-wide, per segment and per step, in long-format keys. */
    Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            v.put(m.key(), company(m));
        }
        for (int i = 0; i < bySegment.length; i++) {
            String id = c.scenario.segments().get(i).id();
            for (Measure m : Measure.values()) {
                if (m.perSegment()) {
                    v.put(ReplicationResult.segmentKey(m, id), segment(m, bySegment[i]));
                }
            }
        }
        for (Department d : c.departments) {
            for (Map.Entry<String, Double> e : d.queueingStats(c.end).entrySet()) {
                v.put("department[" + d.name.replace(' ', '-') + "." + e.getKey() + "]", e.getValue());
            }
        }
        putLoads(v);
        // Little's law for the whole company: L (orders placed and not ended), lambda, W
        v.put("system[in_system]", c.liveOrders.average(c.end));
        v.put("system[arrival_rate]", all.entered / (c.end - c.warmup));
        v.put("system[sojourn]", mean(timeInSystem));
        double n = Math.max(1, all.delivered);
        String[] kinds = {"queue", "processing", "unattended", "closed"};
        for (Step step : Step.values()) {
            for (int k = 0; k < kinds.length; k++) {
                v.put(ReplicationResult.stepTimeKey(step.label(), kinds[k]),
                        all.delivered > 0 ? stepTimes[step.ordinal()][k] / n : Double.NaN);
            }
        }
        return v;
    }

    /** Utilisation and queue growth of every department and line (see {@link Overload}). */
    private void putLoads(Map<String, Double> v) {
        for (Department d : c.departments) {
            v.put(Overload.departmentKey(d.name, Overload.UTILISATION), d.load.utilisation());
            v.put(Overload.departmentKey(d.name, Overload.QUEUE_FIRST), d.load.queueFirst());
            v.put(Overload.departmentKey(d.name, Overload.QUEUE_LAST), d.load.queueLast());
        }
        for (LineModel l : c.lines) {
            // against the most the line can open (regular and overtime), not the hours the plan
            // committed: a plan commits about what it needs, so a high share of those is no overload
            double most = c.calendar.workingDaysBetween(c.warmup, c.end)
                    * (l.spec.maxRegularHoursPerDay() + l.spec.maxOvertimeHoursPerDay());
            double u = most > 0 ? Math.min(1, l.busyHoursAfterWarmup / most) : Double.NaN;
            v.put(Overload.lineKey(l.spec.id(), Overload.UTILISATION), u);
            v.put(Overload.lineKey(l.spec.id(), Overload.QUEUE_FIRST), l.waiting.first(c.end));
            v.put(Overload.lineKey(l.spec.id(), Overload.QUEUE_LAST), l.waiting.last(c.end));
        }
    }

    private double company(Measure m) {
        Costs costs = new Costs(c);
        return switch (m) {
            case ORDERS_IN_PROGRESS -> (double) c.live.size();
            case PARTIAL_SHIPMENTS -> (double) partialShipments;
            case COMMITTED_CAPACITY_COST -> c.ledger.total(Account.COMMITTED_CAPACITY);
            case IDLE_CAPACITY_COST -> costs.idleCapacity();
            case OVERTIME_COST -> c.ledger.total(Account.OVERTIME);
            case CHANGEOVERS -> (double) changeovers;
            case CHANGEOVER_COST -> c.ledger.total(Account.CHANGEOVER);
            case SCHEDULE_BREAKS -> (double) scheduleBreaks;
            case ESCALATIONS -> (double) escalations;
            case EXPEDITE_COST -> c.ledger.total(Account.EXPEDITE);
            case PREMIUM_SHIPMENTS -> (double) premiumShipments;
            case PREMIUM_FREIGHT_COST -> c.ledger.total(Account.PREMIUM_FREIGHT);
            case SHIPPING_COST -> c.ledger.total(Account.SHIPPING);
            case HOLDING_COST -> costs.holding();
            case LOST_MARGIN -> c.ledger.total(Account.LOST_MARGIN);
            case HANDLING_LABOUR_COST -> c.ledger.total(Account.HANDLING_LABOUR);
            case COORDINATION_COST -> c.ledger.total(Account.COORDINATION);
            case BILLING_REWORK_COST -> c.ledger.total(Account.BILLING_REWORK);
            case RETURNS_HANDLING_COST -> c.ledger.total(Account.RETURNS_HANDLING);
            case SERVICE_LABOUR_COST -> c.ledger.total(Account.SERVICE_LABOUR);
            case CAPITAL_COST -> costs.capital();
            case TOTAL_COST -> costs.total();
            case MARGIN -> all.revenue - cogs;
            case PROFIT -> all.revenue - cogs - costs.total();
            case COST_PER_ORDER -> all.delivered > 0 ? costs.total() / all.delivered : Double.NaN;
            case CASH_TIED_UP -> c.billing.receivables.average(c.end);
            case STAFF_COST -> staffCost;
            case INVOICED_AMOUNT -> invoicedNet;
            case RECEIVABLES_END -> Balances.receivables(c.live);
            case DISPUTED_END -> Balances.disputed(c.live);
            case UNBILLED_END -> Balances.unbilled(c.live);
            case WORK_IN_PROGRESS_END -> Balances.workInProgress(c.live);
            case ERROR_QUANTITY_RATE -> errorRate(0);
            case ERROR_PRICE_RATE -> errorRate(1);
            case ERROR_ENTRY_RATE -> errorRate(2);
            case ERROR_FORMAT_RATE -> errorRate(3);
            case DISPUTED_AMOUNT -> disputedAmount;
            case DISPUTE_RESOLUTION_TIME_MEAN -> mean(disputeResolution);
            case REFUND_CYCLE_TIME_MEAN -> mean(refundCycle);
            case FORECAST_BIAS -> demandSum > 0 ? (forecastSum - demandSum) / demandSum : Double.NaN;
            case FORECAST_ERROR -> demandSum > 0 ? forecastAbsError / demandSum : Double.NaN;
            case PLAN_BIAS -> demandSum > 0 ? (planSum - demandSum) / demandSum : Double.NaN;
            case CAPACITY_UTILISATION -> costs.utilisation();
            case VARIANCE_AMPLIFICATION -> varianceAmplification();
            default -> segment(m, all);
        };
    }

    private double segment(Measure m, SegmentStats s) {
        return switch (m) {
            case LEAD_TIME_MEAN -> mean(s.leadTime);
            case LEAD_TIME_P50 -> s.p50.value();
            case LEAD_TIME_P90 -> s.p90.value();
            case LEAD_TIME_P95 -> s.p95.value();
            case PROMISED_LEAD_TIME_MEAN -> mean(s.promisedLeadTime);
            case ON_TIME_RATE -> s.onTimeRate();
            case LATENESS_MEAN -> mean(s.lateness);
            case FILL_RATE -> s.fillRate();
            case BACKORDERS -> (double) s.backorders;
            case UNATTENDED_TIME_MEAN -> mean(s.unattended);
            case LEADS -> (double) s.leads;
            case LEADS_UNQUALIFIED -> (double) s.unqualified;
            case QUOTES_DECLINED -> (double) s.declined;
            case ORDERS_ENTERED -> (double) s.entered;
            case ORDERS_DELIVERED -> (double) s.delivered;
            case ORDERS_REJECTED -> (double) s.rejected;
            case ORDERS_LOST -> (double) s.lost;
            case ORDERS_RETURNED -> (double) s.returned;
            case REVENUE -> s.revenue;
            case DSO -> mean(s.daysToPay);
            case BILLING_ERROR_RATE -> s.billingErrorRate();
            case SATISFACTION_INDEX -> s.satisfaction();
            case REPEAT_VISIT_RATE -> s.repeatVisitRate();
            default -> throw new IllegalStateException("no per-segment value for " + m);
        };
    }

    private double errorRate(int kind) {
        return all.invoices > 0 ? (double) errorsByKind[kind] / all.invoices : Double.NaN;
    }

    /** Mean over make-to-stock products of Var(units ordered from the line) / Var(units demanded), per period. */
    private double varianceAmplification() {
        if (periodDemand == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (ProductModel p : c.products) {
            Tally d = periodDemand[p.index];
            if (p.makeToStock && d.numberObs() > 2 && d.variance() > 0) {
                sum += periodOrders[p.index].variance() / d.variance();
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    /** Costs computed from time-weighted quantities at the end of the run. */
    private record Costs(Company c) {
        double holding() {
            double total = 0;
            double rate = c.scenario.costs().holdingRatePerYear() / 365.0;
            for (ProductModel p : c.products) {
                total += p.stock.integral(c.end) * p.spec.unitCost() * rate;
            }
            return total;
        }

        double capital() {
            return c.billing.receivables.integral(c.end) * c.scenario.costs().capitalRatePerYear() / 365.0;
        }

        double idleCapacity() {
            double total = 0;
            for (LineModel l : c.lines) {
                total += Math.max(0, l.availableHoursAfterWarmup - l.busyHoursAfterWarmup) * l.spec.costPerHour();
            }
            return total;
        }

        double utilisation() {
            double busy = 0;
            double available = 0;
            for (LineModel l : c.lines) {
                busy += l.busyHoursAfterWarmup;
                available += l.availableHoursAfterWarmup;
            }
            return available > 0 ? Math.min(1, busy / available) : Double.NaN; // rounding may pass 1
        }

        double total() {
            double sum = holding() + capital();
            for (Account a : Account.values()) {
                if (a != Account.LOST_MARGIN) {
                    sum += c.ledger.total(a);
                }
            }
            return sum;
        }
    }
}
