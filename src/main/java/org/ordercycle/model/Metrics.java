package org.ordercycle.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.ordercycle.model.dept.Billing;
import org.ordercycle.model.dept.Fulfilment;
import org.ordercycle.model.dept.OrderDesk;
import org.ordercycle.model.dept.Planner;
import org.ordercycle.model.dept.Production;
import org.ordercycle.model.dept.Returns;
import org.ordercycle.model.dept.Sales;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Segment;
import org.ordercycle.stats.LeadTimeHistogram;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;
import umontreal.ssj.simevents.Simulator;

/**
 * Where the departments report what happens. Each report is routed to the probes of its concerns
 * (delivery, cost, money, billing, planning, customer, and the system's flow times); at the end
 * each probe puts its own measures into the result. Only observations from the end of the warm-up
 * on count, apart from the weekly lead times (warm-up detection needs the whole run) and orders'
 * time in the company (counted by when they were placed).
 */
final class Metrics implements Planner.Probe, Sales.Probe, Production.Probe, OrderDesk.Probe, Fulfilment.Probe, Billing.Probe, Returns.Probe {
    private final Simulator sim;
    private final double warmup;
    private final List<Segment> segments;
    private final DeliveryProbe delivery;
    private final BillingProbe billing;
    private final CostProbe cost;
    private final MoneyProbe money;
    private final PlanningProbe planning;
    private final CustomerProbe customer;
    private final SystemProbe system;
    /** Each department's and line's queues and load, put after the probes' measures. */
    private final LoadReport loads;
    /** Paid shifts of the measured period, set when the books close. */
    double staffCost;

    /**
     * The measures of one replication, counted from {@code warmup} on the clock of {@code sim} to
     * {@code end}; the scenario gives the segments, the cost rates and the planning period.
     */
    Metrics(Simulator sim, double warmup, double end, Scenario scenario, OrderBook books, Ledger ledger,
            Assets assets, LoadReport loads) {
        this.sim = sim;
        this.warmup = warmup;
        this.segments = scenario.segments();
        int n = segments.size();
        this.delivery = new DeliveryProbe(n, (int) Math.ceil(end / 7.0), books.live);
        this.billing = new BillingProbe(n);
        this.cost = new CostProbe(ledger, scenario.costs(), assets, end, delivery);
        this.money = new MoneyProbe(n, cost, assets.receivables(), books.live, end);
        this.planning = new PlanningProbe(assets.products(), assets.lines(), scenario.steps().planning().periodDays());
        this.customer = new CustomerProbe(n, delivery, billing);
        this.system = new SystemProbe(delivery, books.liveOrders, warmup, end);
        this.loads = loads;
    }

    /** The probes that report measures; each measure belongs to exactly one of them. */
    List<Probe> probes() {
        return List.of(delivery, cost, money, billing, planning, customer);
    }

    private boolean counting() {
        return sim.time() >= warmup;
    }

    void lead(Order o) {
        if (counting()) {
            delivery.lead(o);
        }
    }

    @Override
    public void unqualified(Order o) {
        if (counting()) {
            delivery.unqualified(o);
            cost.lostMargin((o.product.spec.listPrice() - o.product.spec.unitCost()) * o.quantity, sim.time());
        }
    }

    @Override
    public void declined(Order o) {
        if (counting()) {
            delivery.declined(o); // a customer who does not buy at the quote is not margin the company threw away
        }
    }

    @Override
    public void placed(Order o) {
        if (counting()) {
            delivery.placed(o);
        }
    }

    @Override
    public void rejected(Order o) {
        if (counting()) {
            delivery.rejected(o);
            cost.lostMargin(o.margin(), sim.time());
        }
    }

    @Override
    public void lost(Order o) {
        if (counting()) {
            delivery.lost(o);
            cost.lostMargin(o.margin(), sim.time());
        }
    }

    @Override
    public void accepted(Order o) {
        // nothing to count: acceptance shows as the absence of rejection and loss
    }

    @Override
    public void stockRequest(Order o, int fromStock) {
        if (counting()) {
            delivery.stockRequest(o, fromStock);
        }
    }

    @Override
    public void shipment(Order o, boolean partial) {
        if (counting() && partial) {
            delivery.partialShipment();
        }
    }

    @Override
    public void premiumShipment(double now) {
        if (counting()) {
            cost.premiumShipment();
        }
    }

    void changeover(double now) {
        if (counting()) {
            cost.changeover();
        }
    }

    void scheduleBreak(double now) {
        if (counting()) {
            cost.scheduleBreak();
        }
    }

    @Override
    public void escalation() {
        if (counting()) {
            cost.escalation();
        }
    }

    @Override
    public void produced(long made, long scrapped) {
        // units are tracked by the invariant books; nothing to measure here yet
    }

    @Override
    public void delivered(Order o) {
        delivery.week(o, sim.time());
        if (counting()) {
            delivery.delivered(o);
            system.delivered(o);
        }
    }

    @Override
    public void invoice(Invoice inv) {
        if (counting()) {
            billing.invoice(inv);
            money.invoiced(inv.amount);
        }
    }

    /** Goods reach the customer: revenue and their cost of goods are recognised (accrual). */
    @Override
    public void recognised(Order o, int units) {
        if (counting()) {
            money.recognised(o, units);
        }
    }

    @Override
    public void dispute(Invoice inv, double now) {
        if (counting()) {
            billing.dispute(inv);
        }
    }

    @Override
    public void disputeResolved(Invoice inv, double now) {
        if (counting()) {
            billing.disputeResolved(inv, now);
        }
    }

    @Override
    public void credit(Invoice inv, double amount, double now) {
        if (counting()) {
            money.credited(amount);
        }
    }

    @Override
    public void payment(Invoice inv, double now) {
        if (counting()) {
            money.paid(inv, now);
        }
    }

    @Override
    public void returnRequested(Order o) {
        if (counting()) {
            delivery.returned(o);
        }
    }

    @Override
    public void refunded(Order o, double now) {
        if (counting()) {
            billing.refunded(o, now);
        }
    }

    /** Returned goods are back: the sale is reversed. */
    @Override
    public void goodsReturned(Order o, int scrapped) {
        if (counting()) {
            money.goodsReturned(o, scrapped);
        }
    }

    void serviceVisit(Order o, boolean repeat, double now) {
        if (counting()) {
            customer.serviceVisit(o, repeat);
        }
    }

    void terminal(Order o, OrderState state) {
        system.terminal(o, sim.time());
    }

    /** Scores one product's forecast and plan against the demand of a period after the warm-up. */
    @Override
    public void period(ProductModel p, double demand, double forecast, double plan, double ordered) {
        planning.period(p, demand, forecast, plan, ordered);
    }

    LeadTimeHistogram leadTimes() {
        return delivery.leadTimes();
    }

    /** Mean lead time of the orders delivered in each week from time 0 (NaN for an empty week). */
    List<Double> weeklyLeadTime() {
        return delivery.weeklyLeadTime();
    }

    /** Every measure, company-wide, per segment and per step, in long-format keys. */
    Map<String, Double> values() {
        cost.staffCost(staffCost);
        Map<String, Double> v = new LinkedHashMap<>();
        Map<Measure, Double> company = collect(Probe::report, false);
        for (Measure m : Measure.values()) {
            v.put(m.key(), company.get(m));
        }
        for (int i = 0; i < segments.size(); i++) {
            int segment = i;
            Map<Measure, Double> own = collect((p, out) -> p.reportSegment(segment, out), true);
            String id = segments.get(i).id();
            for (Measure m : Measure.values()) {
                if (m.perSegment()) {
                    v.put(ReplicationResult.segmentKey(m, id), own.get(m));
                }
            }
        }
        loads.put(v);
        system.put(v);
        return v;
    }

    /**
     * The probes' reports in one map; fails when two probes report the same measure, when a
     * measure is missing, or when a segment report holds a measure that is not per segment.
     */
    private Map<Measure, Double> collect(BiConsumer<Probe, Map<Measure, Double>> report, boolean perSegment) {
        Map<Measure, Double> all = new EnumMap<>(Measure.class);
        for (Probe p : probes()) {
            Map<Measure, Double> own = new EnumMap<>(Measure.class);
            report.accept(p, own);
            for (Map.Entry<Measure, Double> e : own.entrySet()) {
                if (all.containsKey(e.getKey()) || perSegment && !e.getKey().perSegment()) {
                    throw new IllegalStateException(p.getClass().getSimpleName() + " reports " + e.getKey().key()
                            + (perSegment ? " per segment" : "") + ", which is not its own");
                }
                all.put(e.getKey(), e.getValue());
            }
        }
        for (Measure m : Measure.values()) {
            if ((!perSegment || m.perSegment()) && !all.containsKey(m)) {
                throw new IllegalStateException("no probe reports " + m.key() + (perSegment ? " per segment" : ""));
            }
        }
        return all;
    }
}
