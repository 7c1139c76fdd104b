package org.ordercycle.model;

import org.ordercycle.model.rules.selection.SelectionRules;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.Ledger.Account;

/**
 * Staff cost what their shifts cost: head count x working hours of their calendar x wage, busy
 * or idle, from the end of the warm-up to the end of the run. Only the people a policy uses are
 * on the payroll: executives select under strategic selection, junior staff otherwise, and
 * billing hires extra clerks while it checks shipping and sales. Which setting uses which desk is
 * decided here alone.
 */
final class Payroll {
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
    static int paidStaff(Company c, Department d) {
        boolean selecting = c.policy.performs(Step.SELECTION.number());
        boolean executives = executivesSelect(c.policy);
        if (d == c.executiveSelection) {
            return selecting && executives ? d.staff() : 0;
        }
        if (d == c.juniorSelection) {
            return selecting && !executives ? d.staff() : 0;
        }
        return d.staff();
    }

    /**
     * Charges every paid shift of the measured period: a department's time on rework, returns or
     * escalations is already on those accounts, the rest of its shifts (handling and idle time) goes
     * to handling labour; technicians' shifts go to service labour. Returns the total paid.
     */
    static double close(Company c) {
        double total = 0;
        for (Department d : c.departments) {
            int paid = paidStaff(c, d);
            if (paid == 0 && d.costBookedAside() > 0) {
                throw new IllegalStateException("the " + d.name + " desk worked without being staffed");
            }
            double shifts = d.shiftCost(paid, c.warmup, c.end);
            c.ledger.charge(Account.HANDLING_LABOUR, c.end, shifts - d.costBookedAside());
            total += shifts;
        }
        double technicians = c.service.techniciansShiftCost(c.warmup, c.end);
        c.ledger.charge(Account.SERVICE_LABOUR, c.end, technicians);
        return total + technicians;
    }
}
