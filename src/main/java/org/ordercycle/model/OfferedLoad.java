package org.ordercycle.model;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.engine.WorkCalendar;
import org.ordercycle.model.dept.Customers;
import org.ordercycle.model.dept.Sales;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Line;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Staffed;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.Overload;

/**
 * Offered load of every department and production line, from the scenario alone, without
 * simulating: the work that arrives per calendar day (jobs per day x mean handling time, both
 * as the model draws them) over the work the staff can do per calendar day (staff x the share
 * of the day their calendar is open), or for a line its production hours per day over its
 * maximum regular plus overtime hours per working day. A load of 1 or more cannot be carried:
 * the queue grows without bound.
 *
 * <p>Approximations, all stated so that the estimate is read as a first check, not a result:
 * <ul>
 * <li>leads arrive at the segment's mean rate over the run (seasonality and trend averaged);
 * order sizes, product mix and requested lead times are averaged by quadrature over the same
 * inverse distribution functions the model samples;</li>
 * <li>a customer accepts the quote at the segment's base acceptance adjusted for the volume and
 * special discounts, and for the product's standard lead time against the requested one; the
 * load-dependent discounts, steering and instant-delivery promises of the joint levers are not
 * anticipated, and under capacity-info every small lead counts as qualified (an upper bound);</li>
 * <li>every placed order is entered, selected, picked once (when it goes through the warehouse)
 * and invoiced once: rejections are ignored (an upper bound); partial shipments, back orders
 * and disputes, which add invoices and rework, are ignored (a lower bound for billing under a
 * policy that makes errors);</li>
 * <li>marketing's escalations are bounded by the make-to-order orders times the escalation
 * probability; sales' service briefings by the orders that need service; returns by the
 * return rate of placed orders; service leads and line changeovers are ignored;</li>
 * <li>technicians (several skills at once) are not estimated.</li>
 * </ul>
 * Pure and thread safe.
 */
public final class OfferedLoad {
    /** Quadrature points over (0, 1) for the averages over the model's inverse distribution functions. */
    private static final int POINTS = 2000;

    /**
     * The estimate for one department or line under one policy.
     *
     * @param department   department name (e.g. {@code billing}) or {@code line L1}
     * @param jobsPerDay   jobs arriving per calendar day (for a line: units per day)
     * @param workPerDay   working time offered per calendar day, in staff days (for a line: hours)
     * @param capacity     working time available per calendar day, in the same unit
     * @param load         workPerDay / capacity
     * @param staff        the department's own staff (0 for a line, whose capacity is hours)
     * @param extra        staff the policy adds to them (billing clerks who check), counted in capacity
     */
    public record Entry(String department, String policy, double jobsPerDay, double workPerDay, double capacity,
                        double load, int staff, int extra) {
        /**
         * The department's own staff that would bring its load to at most {@code target} (the people
         * the policy adds staying as they are), at least 1; 0 for a line.
         */
        public int staffFor(double target) {
            return staff == 0 ? 0 : Overload.staffFor(load, staff, extra, target);
        }
    }

    /**
     * The warnings of a run of {@code policy}, each department's with the staff that would carry
     * its measured load ({@link Overload.Warning#withStaff}); lines' as they are.
     */
    public static List<Overload.Warning> advise(Scenario scenario, Policy policy, List<Overload.Warning> warnings) {
        if (warnings.isEmpty()) {
            return warnings;
        }
        java.util.Map<String, Entry> departments = new java.util.HashMap<>();
        for (Entry e : estimate(scenario, policy)) {
            if (e.staff() > 0) {
                departments.put(e.department(), e);
            }
        }
        return warnings.stream().map(w -> {
            Entry e = departments.get(w.department());
            return e == null ? w : w.withStaff(e.staff(), e.extra());
        }).toList();
    }

    private OfferedLoad() {
    }

    /** Every staffed department, then every line, under {@code policy}. */
    public static List<Entry> estimate(Scenario scenario, Policy policy) {
        Samplers t = new Samplers(scenario);
        Flow f = flow(scenario, policy);
        var d = scenario.departments();
        Steps steps = scenario.steps();
        WorkCalendar calendar = WorkCalendar.of(scenario.calendar());
        String p = policy.name();
        List<Entry> list = new ArrayList<>();
        double escalations = policy.setting(Lever.JOINT_SCHEDULING) == Lever.JOINT_SCHEDULING.siloedPreset()
                ? f.madeToOrder * steps.scheduling().escalationProbability() : 0;
        list.add(entry("marketing", p, d.marketing(), calendar, escalations, t.marketingTime.mean()));
        double briefings = performs(policy, Step.SERVICE) && changed(policy, Lever.SERVICE_LINK) ? f.serviceCalls : 0;
        double leads = performs(policy, Step.GENERATION) ? f.qualified : 0; // a switched-off step quotes at once
        list.add(entry("sales", p, d.sales(), calendar, leads + briefings,
                (leads * t.salesTime.mean() + briefings * t.briefingTime.mean()) / Math.max(1e-12, leads + briefings)));
        boolean entry = performs(policy, Step.ENTRY);
        boolean rekeyed = !changed(policy, Lever.SHARED_ENTRY);
        int keyings = steps.entry().keyingsWhenRekeyed();
        double keying = t.entryTime.mean() + (rekeyed && keyings >= 2 ? t.rekeyTime.mean() : 0);
        list.add(entry("order entry", p, d.orderEntry(), calendar, entry ? f.orders : 0, keying));
        boolean select = performs(policy, Step.SELECTION);
        boolean executives = Payroll.executivesSelect(policy);
        list.add(entry("junior selection", p, d.juniorSelection(), calendar, select && !executives ? f.orders : 0,
                t.juniorTime.mean()));
        list.add(entry("executive selection", p, d.executiveSelection(), calendar, select && executives ? f.orders : 0,
                t.executiveTime.mean()));
        list.add(entry("warehouse", p, d.warehouse(), calendar, f.picks, t.warehouseTime.mean()));
        double invoice = t.billingTime.mean() + (changed(policy, Lever.BILLING_CHECK) ? t.checkTime.mean() : 0)
                + (changed(policy, Lever.CUSTOMER_FORMAT) ? t.formatTime.mean() : 0);
        int checkers = Payroll.billingClerks(scenario, policy) - d.billing().staff();
        // billing also types its own record of a re-keyed order (a third keying) and prepares refunds
        double invoices = performs(policy, Step.BILLING) ? f.orders : 0;
        double rekeys = entry && rekeyed && keyings >= 3 ? f.orders : 0;
        double refunds = performs(policy, Step.RETURNS) ? f.returns : 0;
        double billingWork = invoices * invoice + rekeys * t.rekeyTime.mean() + refunds * t.refundTime.mean();
        list.add(entry("billing", p, d.billing(), checkers, calendar, invoices + rekeys + refunds,
                billingWork / Math.max(1e-12, invoices + rekeys + refunds)));
        list.add(entry("returns", p, d.returns(), calendar, refunds, t.returnsTime.mean()));
        for (int i = 0; i < scenario.lines().size(); i++) {
            Line line = scenario.lines().get(i);
            double daysPerWeek = scenario.calendar().roundTheClock() ? 7 : scenario.calendar().daysPerWeek();
            double hoursPerDay = (line.maxRegularHoursPerDay() + line.maxOvertimeHoursPerDay()) * daysPerWeek / 7;
            list.add(new Entry("line " + line.id(), p, f.lineUnits[i], f.lineHours[i], hoursPerDay,
                    f.lineHours[i] / hoursPerDay, 0, 0));
        }
        return list;
    }

    /** True when the policy moves the lever off its siloed setting (a check, a shared record, a briefing...). */
    private static boolean performs(Policy policy, Step step) {
        return policy.performs(step.number());
    }

    private static boolean changed(Policy policy, Lever lever) {
        return policy.setting(lever) != lever.siloedPreset();
    }

    private static Entry entry(String name, String policy, Staffed staff, WorkCalendar company, double jobsPerDay,
                               double workPerJob) {
        return entry(name, policy, staff, 0, company, jobsPerDay, workPerJob);
    }

    /** {@code extra}: staff the policy adds to the department's own (billing clerks who check). */
    private static Entry entry(String name, String policy, Staffed staff, int extra, WorkCalendar company,
                               double jobsPerDay, double workPerJob) {
        WorkCalendar cal = staff.roundTheClock() ? WorkCalendar.ALWAYS : company;
        double capacity = (staff.staff() + extra) * cal.workingDaysPerDay();
        double work = jobsPerDay * workPerJob;
        return new Entry(name, policy, jobsPerDay, work, capacity, work / capacity, staff.staff(), extra);
    }

    /** Expected flows per calendar day under a policy. */
    private static final class Flow {
        double qualified;
        double orders;
        double madeToOrder;
        double picks;
        double returns;
        double serviceCalls;
        double[] lineUnits;
        double[] lineHours;
    }

    private static Flow flow(Scenario s, Policy policy) {
        Flow f = new Flow();
        f.lineUnits = new double[s.lines().size()];
        f.lineHours = new double[s.lines().size()];
        List<ProductModel> products = new ArrayList<>();
        for (int i = 0; i < s.products().size(); i++) {
            products.add(new ProductModel(s.products().get(i), i, s.timeUnit(), s.warmupDays()));
        }
        double end = s.warmupDays() + s.horizonDays();
        Steps.Generation g = s.steps().generation();
        boolean smallQualify = changed(policy, Lever.CAPACITY_INFO); // step-off: every lead goes on
        for (int k = 0; k < s.segments().size(); k++) {
            SegmentModel seg = new SegmentModel(s.segments().get(k), k, products, null, null, end, new double[0]);
            double leads = seg.expectedLeads(0, end) / end;
            for (ProductModel p : products) {
                double share = seg.share(p);
                if (share == 0) {
                    continue;
                }
                double promised = p.spec.standardLeadTimeDays();
                double leadTimeAccept = 0;
                for (int j = 0; j < POINTS; j++) {
                    double requested = Math.max(0.01, seg.requestedLeadTime.sample((j + 0.5) / POINTS));
                    leadTimeAccept += Customers.leadTimeAcceptance(seg.spec, promised, requested) / POINTS;
                }
                double qualified = 0;
                double orders = 0;
                double units = 0;
                for (int j = 0; j < POINTS; j++) {
                    int q = seg.size((j + 0.5) / POINTS);
                    if (q < g.minQualifiedSize() && !smallQualify) {
                        continue;
                    }
                    double accept = priceAcceptance(policy, seg, p.spec, q) * leadTimeAccept;
                    qualified += 1.0 / POINTS;
                    orders += accept / POINTS;
                    units += accept * q / POINTS;
                }
                double rate = leads * share;
                f.qualified += rate * qualified;
                f.orders += rate * orders;
                int line = s.lineIndex(p.spec.line());
                f.lineUnits[line] += rate * units;
                f.lineHours[line] += rate * units / p.spec.ratePerHour();
                if (!p.makeToStock) {
                    f.madeToOrder += rate * orders;
                }
                if (p.makeToStock || p.spec.delivery() == Product.DeliveryMode.warehouse) {
                    f.picks += rate * orders;
                }
                f.returns += rate * orders * seg.spec.returnRate();
                f.serviceCalls += rate * orders * seg.spec.serviceNeed();
            }
        }
        return f;
    }

    /** The model's price acceptance at the volume discount, averaged over the special discount. */
    private static double priceAcceptance(Policy policy, SegmentModel seg, Product p, int quantity) {
        var spec = seg.spec;
        if (!performs(policy, Step.PRICING)) {
            return spec.baseAcceptance();
        }
        double volume = Sales.volumeDiscount(p, quantity);
        double plain = acceptAt(spec.baseAcceptance(), spec.priceSensitivity(), (1 - volume) - 1);
        double special = acceptAt(spec.baseAcceptance(), spec.priceSensitivity(),
                (1 - volume) * (1 - spec.specialDiscount()) - 1);
        double ps = spec.specialDiscountProbability();
        return (1 - ps) * plain + ps * special;
    }

    private static double acceptAt(double base, double sensitivity, double relativePrice) {
        return Math.min(1, base * Math.exp(-sensitivity * relativePrice));
    }
}
