package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ordercycle.engine.Sampler;
import org.ordercycle.engine.Streams;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.dept.Billing;
import org.ordercycle.model.dept.Fulfilment;
import org.ordercycle.model.dept.OrderDesk;
import org.ordercycle.model.dept.Planner;
import org.ordercycle.model.dept.Production;
import org.ordercycle.model.dept.Returns;
import org.ordercycle.model.dept.Sales;
import org.ordercycle.model.dept.Service;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Staffed;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.TimeAverage;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * The company of one replication. It builds the departments, gives each its rule from the
 * {@link RuleBook} and the department it hands orders to, and starts the recurring processes;
 * it decides nothing. It also builds the measures ({@link Metrics}) and hands them the parts they
 * read (clock, order book, ledger, {@link Assets}, departments); no measure sees the company
 * itself. Holds no static state; one instance per replication, driven by that
 * replication's own {@link Simulator}.
 */
final class Company {
    final Simulator sim;
    final Scenario scenario;
    final Policy policy;
    final WorkCalendar calendar;
    final double warmup;
    final double end;
    final Ledger ledger;
    final Metrics metrics;
    /** The clock, tracing and sampled journeys that the departments share. */
    final RunContext context;

    final List<ProductModel> products = new ArrayList<>();
    final List<LineModel> lines = new ArrayList<>();
    final List<SegmentModel> segments = new ArrayList<>();

    final Department marketing;
    final Department sales;
    final Department orderEntry;
    final Department juniorSelection;
    final Department executiveSelection;
    final Department warehouse;
    final Department billingDesk;
    final Department returnsDesk;
    final List<Department> departments = new ArrayList<>();

    final Samplers samplers;
    final LeadSource leads;
    final Sales salesDesk;
    final OrderDesk orderDesk;
    final Production production;
    final Fulfilment fulfilment;
    final Billing billing;
    final Returns returns;
    final Service service;
    final Planner planner;
    /** The departments' decision rules under this policy. */
    final RuleBook rules;
    /** The orders placed and not yet ended, and the counters the end-of-run invariants balance. */
    final OrderBook books;

    Company(Simulator sim, Scenario scenario, Policy policy, Streams streams, RunListener listener) {
        this.sim = sim;
        this.scenario = scenario;
        this.policy = policy;
        this.calendar = WorkCalendar.of(scenario.calendar());
        this.context = new RunContext(sim, listener, calendar);
        this.warmup = scenario.warmupDays();
        this.end = scenario.warmupDays() + scenario.horizonDays();
        this.ledger = new Ledger(warmup);
        this.books = new OrderBook(context, warmup, this::ended);
        this.metrics = new Metrics(sim, warmup, end, scenario, books, ledger,
                new Assets(products, lines, this::receivables), new LoadReport(departments, lines, calendar, warmup, end));
        for (int i = 0; i < scenario.products().size(); i++) {
            products.add(new ProductModel(scenario.products().get(i), i, scenario.timeUnit(), warmup));
        }
        RandomStream journeyDraws = streams.get(Replication.JOURNEYS);
        for (int i = 0; i < scenario.segments().size(); i++) {
            var s = scenario.segments().get(i);
            segments.add(new SegmentModel(s, i, products, streams.get(Replication.arrivalStream(s)),
                    streams.get(Replication.attributeStream(s)), end, JourneyLog.instants(journeyDraws, warmup, end)));
        }
        var d = scenario.departments();
        marketing = department("marketing", d.marketing());
        sales = department("sales", d.sales());
        orderEntry = department("order entry", d.orderEntry());
        juniorSelection = department("junior selection", d.juniorSelection());
        executiveSelection = department("executive selection", d.executiveSelection());
        warehouse = department("warehouse", d.warehouse());
        billingDesk = department("billing", d.billing(), Payroll.billingClerks(scenario, policy));
        returnsDesk = department("returns", d.returns());
        samplers = new Samplers(scenario);
        rules = RuleBook.of(policy, scenario);
        production = new Production(context, rules.escalation, scenario.steps().scheduling(),
                rules.performs(Step.FULFILMENT), calendar, lines, marketing, samplers.marketingTime, books, metrics);
        var plant = new LineModel.Plant(context, calendar, scenario.calendar().daysPerWeek(),
                scenario.steps().scheduling(), rules.dispatch, ledger, metrics, production, products.size(), warmup, end);
        for (int i = 0; i < scenario.lines().size(); i++) {
            lines.add(new LineModel(scenario.lines().get(i), i, plant,
                    streams.get(Replication.changeoverStream(scenario.lines().get(i)))));
        }
        for (ProductModel p : products) {
            p.line = lines.get(scenario.lineIndex(p.spec.line()));
            p.line.products.add(p);
        }
        billing = new Billing(context, rules.invoiceContent, rules.invoiceFormat, billingDesk,
                new Billing.Times(samplers.billingTime, samplers.checkTime, samplers.formatTime, samplers.disputeTime,
                        samplers.disputeDelay, bySegment(s -> s.paymentDays), bySegment(s -> s.wrongFormatDelay)),
                scenario.costs(), ledger, metrics, books, warmup);
        fulfilment = new Fulfilment(context, rules.shipment, scenario.logistics(), calendar, warehouse,
                new Fulfilment.Times(samplers.warehouseTime, samplers.transit, samplers.premiumTransit), ledger, metrics,
                books, production, billing);
        production.handGoodsTo(fulfilment, fulfilment);
        orderDesk = new OrderDesk(context, rules.entry, rules.selection, scenario.steps().entry(),
                scenario.steps().selection(),
                new OrderDesk.Staff(orderEntry, billingDesk, juniorSelection, executiveSelection),
                new OrderDesk.Times(samplers.entryTime, samplers.rekeyTime, samplers.juniorTime, samplers.executiveTime),
                metrics, books, production, fulfilment, fulfilment);
        salesDesk = new Sales(context, rules.qualification, rules.quote, rules.pricing, rules.performs(Step.PRICING), sales,
                samplers.salesTime, products, metrics, books, fulfilment, orderDesk);
        leads = new LeadSource(context, segments, streams.get(Replication.SERVICE_LEADS), end, books, metrics,
                salesDesk);
        service = new Service(context, rules.service, d.service(), calendar, sales,
                new Service.Times(samplers.serviceRequestDelay, samplers.briefingTime, samplers.visitTime,
                        samplers.diagnosisTime),
                metrics::serviceVisit, leads);
        returns = new Returns(context, rules.returns, scenario.steps().returns(), returnsDesk, billingDesk,
                new Returns.Times(bySegment(s -> s.returnDelay), samplers.returnsTime, samplers.refundTime, samplers.transit),
                metrics, books, fulfilment, billing);
        fulfilment.handDeliveriesTo(service, returns, service, billing::checkSettled);
        planner = new Planner(context, scenario.steps().planning(),
                new Planner.PolicyView(rules.performs(Step.PLANNING), rules.performs(Step.PRICING),
                        rules.performs(Step.GENERATION), policy.joint(Lever.JOINT_PLANNING),
                        policy.joint(Lever.CAPACITY_INFO),
                        policy.joint(Lever.STOCK_INFO)),
                rules.planning, rules.replenishment, new Planner.Plant(products, segments, lines),
                new Planner.Coordination(marketing, sales, d.executiveSelection().wagePerHour(),
                        scenario.steps().generation(), ledger),
                calendar, metrics, production, streams.get(Replication.PLANNING), warmup, end);
    }

    /** A sampler of each segment, by segment index. */
    private Sampler[] bySegment(Function<SegmentModel, Sampler> sampler) {
        Sampler[] bySegment = new Sampler[segments.size()];
        for (SegmentModel s : segments) {
            bySegment[s.index] = sampler.apply(s);
        }
        return bySegment;
    }

    /** Billing's receivables, for the measures: billing is built after them, they read this at the end. */
    private TimeAverage receivables() {
        return billing.receivables();
    }

    private Department department(String name, Staffed spec) {
        return department(name, spec, spec.staff());
    }

    private Department department(String name, Staffed spec, int staff) {
        WorkCalendar cal = spec.roundTheClock() ? WorkCalendar.ALWAYS : calendar;
        Department d = new Department(name, sim, staff, cal, spec.wagePerHour(), ledger,
                new TimeAverage(warmup, 0), warmup, end);
        departments.add(d);
        return d;
    }

    /** Starts every recurring process. */
    void start() {
        planner.start();
        for (LineModel line : lines) {
            line.start();
        }
        production.start();
        leads.start();
    }

    /** At the end of the run: charges the paid shifts and values the end balances. */
    void closeBooks() {
        metrics.staffCost = Payroll.close(policy,
                new Payroll.Staff(departments, juniorSelection, executiveSelection, service), ledger, warmup, end);
    }

    private void ended(Order o, OrderState state) {
        metrics.terminal(o, state);
    }
}
