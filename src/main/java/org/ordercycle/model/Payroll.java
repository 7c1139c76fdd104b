package org.ordercycle.model;

import java.util.List;
import org.ordercycle.model.dept.Service;
import org.ordercycle.model.rules.selection.SelectionRules;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Ledger;
import org.ordercycle.stats.Ledger.Account;

/**
 * Staff cost what their shifts cost: head count x working hours of their calendar x wage, busy
 * or idle, from the end of the warm-up to the end of the run. Only the people a policy uses are
 * on the payroll: executives select under strategic selection, junior staff otherwise, and
 * billing hires extra clerks while it checks shipping and sales. Which setting uses which desk is
 * decided here alone.
 */
final class Payroll {
    /**
     * Who is on the payroll: every department (in the order their shifts are charged), the two
     * selection desks of which a policy pays at most one, and service with its technicians.
     */
    record Staff(List<Department> departments, Department juniorSelection, Department executiveSelection,
            Service technicians) {
    }

    private Payroll() {
    }

    /** Billing clerks serving the queue: the extra clerks of either checking setting included. */
    static int billingClerks(Scenario s, Policy p) {
        boolean checking = p.performs(Step.BILLING.number())
                && p.setting(Lever.BILLING_CHECK) != Lever.BILLING_CHECK.siloedPreset();
        int extra = checking ? s.steps().billing().extraStaffWhenChecking() : 0;
        return s.departments().billing().staff() + extra;
    }

    /** True when executives select the orders; junior staff's desk serves the other settings. */
    static boolean executivesSelect(Policy p) {
        return p.setting(Lever.STRATEGIC_SELECTION).name().equals(SelectionRules.EXECUTIVE);
    }

    /** Head count paid at a department: nobody at a selection desk the policy does not use. */
    private static int paidStaff(Policy p, Staff staff, Department d) {
        boolean selecting = p.performs(Step.SELECTION.number());
        boolean executives = executivesSelect(p);
        if (d == staff.executiveSelection()) {
            return selecting && executives ? d.staff() : 0;
        }
        if (d == staff.juniorSelection()) {
            return selecting && !executives ? d.staff() : 0;
        }
        return d.staff();
    }

    /**
     * Charges every paid shift of the measured period: a department's time on rework, returns or
     * escalations is already on those accounts, the rest of its shifts (handling and idle time) goes
     * to handling labour; technicians' shifts go to service labour. Returns the total paid.
     */
    static double close(Policy p, Staff staff, Ledger ledger, double warmup, double end) {
        double total = 0;
        for (Department d : staff.departments()) {
            int paid = paidStaff(p, staff, d);
            if (paid == 0 && d.costBookedAside() > 0) {
                throw new IllegalStateException("the " + d.name + " desk worked without being staffed");
            }
            double shifts = d.shiftCost(paid, warmup, end);
            ledger.charge(Account.HANDLING_LABOUR, end, shifts - d.costBookedAside());
            total += shifts;
        }
        double technicians = staff.technicians().techniciansShiftCost(warmup, end);
        ledger.charge(Account.SERVICE_LABOUR, end, technicians);
        return total + technicians;
    }
}
