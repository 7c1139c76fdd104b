package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Departments;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.scenario.Staffed;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/**
 * The books a manager reads: staff cost their paid shifts, busy or idle; revenue is recognised
 * at delivery, so the billing desk moves cash, not revenue; the money invariants hold on every
 * shipped scenario.
 *
 * <p>Paid hours of the "invariants" mechanism scenario: the measured period is days [5, 50)
 * (warm-up 5, horizon 45) on a calendar open Monday to Friday 8:00-16:00 with day 0 a Monday.
 * Days 5 and 6 are a weekend; days 7 to 48 are six whole weeks (30 working days); day 49 is a
 * Monday. So 31 working days x 8 h = 248 paid hours per person.
 */
class BooksTest {
    private static final double PAID_HOURS = 31 * 8;
    /** Department wage when the scenario gives none (Staffed's default). */
    private static final double WAGE = 50;
    /** Nobody returns anything: the returns desk gets no work at all. */
    private static final Map<String, String> NO_RETURNS = Map.of("segments[0].returnRate", "0",
            "segments[1].returnRate", "0");
    /** Cost measures a change of head count alone may move. */
    private static final Set<Measure> STAFF_MEASURES = Set.of(Measure.STAFF_COST, Measure.HANDLING_LABOUR_COST,
            Measure.TOTAL_COST, Measure.PROFIT, Measure.COST_PER_ORDER);

    private static Scenario scenario(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(NO_RETURNS);
        all.putAll(overrides);
        return Runs.scenario("invariants", all);
    }

    @Test
    void addingAClerkRaisesTotalCostByExactlyHerPaidShift() {
        ReplicationResult one = Runs.run(scenario(Map.of()), Policy.SILOED);
        ReplicationResult two = Runs.run(scenario(Map.of("departments.returns.staff", "2")), Policy.SILOED);
        double shift = PAID_HOURS * WAGE; // 248 h x 50 = 12,400
        assertEquals(shift, two.value(Measure.TOTAL_COST) - one.value(Measure.TOTAL_COST), 1e-6);
        assertEquals(shift, two.value(Measure.STAFF_COST) - one.value(Measure.STAFF_COST), 1e-6);
        for (Measure m : Measure.values()) { // the idle desk changes nothing else
            if (!STAFF_MEASURES.contains(m)) {
                assertEquals(one.value(m), two.value(m), 0, m.key());
            }
        }
    }

    @Test
    void anIdleDepartmentStillCostsItsStaff() {
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            Scenario s = scenario(Map.of());
            ReplicationResult r = Runs.run(s, p);
            assertEquals(0, r.values().get("department[returns.arrival_rate]"), 0, "the returns desk never works");
            assertEquals(0, r.value(Measure.RETURNS_HANDLING_COST), 0);
            assertEquals(payroll(s, p == Policy.JOINT), r.value(Measure.STAFF_COST), 1e-6, p.name());
        }
    }

    /** Head count x 248 h x wage of every desk the policy uses, computed from the scenario's numbers. */
    private static double payroll(Scenario s, boolean joint) {
        Departments d = s.departments();
        List<Staffed> used = List.of(d.marketing(), d.sales(), d.orderEntry(),
                joint ? d.executiveSelection() : d.juniorSelection(), d.warehouse(), d.billing(), d.returns());
        double total = 0;
        for (Staffed desk : used) {
            total += desk.staff() * PAID_HOURS * desk.wagePerHour();
        }
        if (joint) {
            total += s.steps().billing().extraStaffWhenChecking() * PAID_HOURS * d.billing().wagePerHour();
        }
        for (Departments.Skill k : d.service()) {
            total += k.technicians() * PAID_HOURS * k.wagePerHour();
        }
        return total;
    }

    @Test
    void onlyTheSelectionDeskThePolicyUsesIsPaid() {
        Map<String, String> moreExecutives = Map.of("departments.executiveSelection.staff", "3");
        ReplicationResult siloed = Runs.run(scenario(Map.of()), Policy.SILOED);
        ReplicationResult siloedMore = Runs.run(scenario(moreExecutives), Policy.SILOED);
        assertEquals(siloed.value(Measure.TOTAL_COST), siloedMore.value(Measure.TOTAL_COST), 0,
                "junior staff select: executives' head count costs nothing");
        ReplicationResult joint = Runs.run(scenario(Map.of()), Policy.JOINT);
        ReplicationResult jointMore = Runs.run(scenario(moreExecutives), Policy.JOINT);
        assertEquals(2 * PAID_HOURS * WAGE, jointMore.value(Measure.STAFF_COST) - joint.value(Measure.STAFF_COST), 1e-6,
                "executives select: two more of them cost 2 x 248 h x 50");
    }

    @Test
    void extraBillingClerksArePaidOnlyWhileBillingChecks() {
        Map<String, String> extra = Map.of("steps.billing.extraStaffWhenChecking", "3");
        assertEquals(Runs.run(scenario(Map.of()), Policy.SILOED).value(Measure.STAFF_COST),
                Runs.run(scenario(extra), Policy.SILOED).value(Measure.STAFF_COST), 0);
        double joint = Runs.run(scenario(Map.of()), Policy.JOINT).value(Measure.STAFF_COST);
        double jointExtra = Runs.run(scenario(extra), Policy.JOINT).value(Measure.STAFF_COST);
        assertEquals(3 * PAID_HOURS * WAGE, jointExtra - joint, 1e-6);
    }

    /**
     * Same seed, so the same customers, orders and deliveries (common random numbers); the billing
     * desk only runs beside the goods, so revenue must come out exactly equal while cash moves.
     */
    @Test
    void revenueDoesNotDependOnTheBillingDesk() {
        Scenario busy = Runs.scenario("invariants", Map.of("departments.billing.staff", "1",
                "departments.billing.handling", "{dist: exponential, mean: 90, unit: minute}"));
        Scenario ample = Runs.scenario("invariants", Map.of("departments.billing.staff", "8",
                "departments.billing.handling", "{dist: exponential, mean: 90, unit: minute}"));
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            ReplicationResult slow = Runs.run(busy, p);
            ReplicationResult fast = Runs.run(ample, p);
            assertTrue(slow.value(Measure.REVENUE) > 0);
            assertEquals(fast.value(Measure.REVENUE), slow.value(Measure.REVENUE), 0, p.name());
            assertEquals(fast.value(Measure.MARGIN), slow.value(Measure.MARGIN), 0, p.name());
            assertTrue(slow.value(Measure.UNBILLED_END) > fast.value(Measure.UNBILLED_END),
                    p.name() + ": a slow desk leaves more delivered and not yet invoiced");
            assertNotEquals(fast.value(Measure.CASH_TIED_UP), slow.value(Measure.CASH_TIED_UP), p.name());
        }
    }

    /**
     * Every replication runs {@link Invariants#check}, which now also checks recognised =
     * invoiced - credit notes + unbilled; each shipped scenario, shortened to keep the test quick,
     * runs under both presets without a violation.
     */
    @Test
    void theMoneyInvariantsHoldOnEveryShippedScenario() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "shipped scenarios found: " + files);
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f, Map.of("horizonDays", "150"));
            for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
                ReplicationResult r = Simulation.replicate(s, p, Runs.SEED, 0);
                assertTrue(r.value(Measure.REVENUE) > 0, f + " " + p.name());
            }
        }
    }
}
