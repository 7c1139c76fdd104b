package org.ordercycle.model;

import org.ordercycle.model.rules.dispatch.DispatchParams;
import org.ordercycle.model.rules.dispatch.DispatchRule;
import org.ordercycle.model.rules.dispatch.DispatchRules;
import org.ordercycle.model.rules.escalation.EscalationParams;
import org.ordercycle.model.rules.escalation.EscalationRule;
import org.ordercycle.model.rules.escalation.EscalationRules;
import org.ordercycle.model.rules.forecast.ForecastParams;
import org.ordercycle.model.rules.forecast.ForecastRules;
import org.ordercycle.model.rules.forecast.PlanningRule;
import org.ordercycle.model.rules.invoice.InvoiceContentRule;
import org.ordercycle.model.rules.invoice.InvoiceFormatRule;
import org.ordercycle.model.rules.invoice.InvoiceParams;
import org.ordercycle.model.rules.invoice.InvoiceRules;
import org.ordercycle.model.rules.replenishment.ReplenishmentParams;
import org.ordercycle.model.rules.replenishment.ReplenishmentRule;
import org.ordercycle.model.rules.replenishment.ReplenishmentRules;
import org.ordercycle.model.rules.shipment.ShipmentParams;
import org.ordercycle.model.rules.shipment.ShipmentRule;
import org.ordercycle.model.rules.shipment.ShipmentRules;
import org.ordercycle.model.rules.pricing.PricingParams;
import org.ordercycle.model.rules.pricing.PricingRule;
import org.ordercycle.model.rules.pricing.PricingRules;
import org.ordercycle.model.rules.qualification.QualificationParams;
import org.ordercycle.model.rules.qualification.QualificationRule;
import org.ordercycle.model.rules.qualification.QualificationRules;
import org.ordercycle.model.rules.quote.QuoteParams;
import org.ordercycle.model.rules.quote.QuoteRule;
import org.ordercycle.model.rules.quote.QuoteRules;
import org.ordercycle.model.rules.selection.SelectionParams;
import org.ordercycle.model.rules.selection.SelectionRule;
import org.ordercycle.model.rules.selection.SelectionRules;
import org.ordercycle.model.rules.entry.EntryParams;
import org.ordercycle.model.rules.entry.EntryRule;
import org.ordercycle.model.rules.entry.EntryRules;
import org.ordercycle.model.rules.returns.ReturnRule;
import org.ordercycle.model.rules.returns.ReturnRules;
import org.ordercycle.model.rules.service.ServiceParams;
import org.ordercycle.model.rules.service.ServiceRule;
import org.ordercycle.model.rules.service.ServiceRules;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;

/**
 * The one place where a policy's lever settings become the departments' decision rules, each
 * built with its parameters from the scenario. A department asks its rule and acts on the
 * decision; it never reads a lever itself for a decision a rule makes. Immutable.
 *
 * <p>A step switched off by its main lever's step-off setting is either a decision rule of its
 * own (pricing: the list price; scheduling: first come, first served) or a department the order
 * skips: its flow asks {@link #performs(Step)}, and the rules of that step stay null.
 */
final class RuleBook {
    /** Marketing's and production's forecast and plan (joint-planning). */
    final PlanningRule planning;
    /** Production's make-to-stock orders (replenishment). */
    final ReplenishmentRule replenishment;
    /** Which job a free line takes next (joint-scheduling). */
    final DispatchRule dispatch;
    /** What happens to an order at risk on its line: escalation or expedite (joint-scheduling). */
    final EscalationRule escalation;
    /** Standard or premium freight for goods leaving (promise-tracking). */
    final ShipmentRule shipment;
    /** Quantity and price on an invoice (billing-check). */
    final InvoiceContentRule invoiceContent;
    /** The format of an invoice (customer-format). */
    final InvoiceFormatRule invoiceFormat;
    /** Sales' lead qualification and steering (capacity-info). */
    final QualificationRule qualification;
    /** Sales' quoted lead time (stock-info). */
    final QuoteRule quote;
    /** Sales' price (capacity-pricing). */
    final PricingRule pricing;
    /** Order selection: acceptance, priority and promise (strategic-selection). */
    final SelectionRule selection;
    /** Order entry's record and hand-off (shared-entry). */
    final EntryRule entry;
    /** The returns desk's handling of a return (returns-procedure). */
    final ReturnRule returns;
    /** After-sales service: briefing, visit outcome, passing needs on (service-link). */
    final ServiceRule service;

    /** Which of the ten steps the company performs, by step ordinal. */
    private final boolean[] performed = new boolean[Step.COUNT];

    private RuleBook(Policy policy, Scenario scenario) {
        for (Step step : Step.values()) {
            performed[step.ordinal()] = policy.performs(step.number());
        }
        var planningSpec = scenario.steps().planning();
        planning = performs(Step.PLANNING)
                ? ForecastRules.of(policy.setting(Lever.JOINT_PLANNING).name(), ForecastParams.of(planningSpec)) : null;
        replenishment = ReplenishmentRules.of(policy.setting(Lever.REPLENISHMENT).name(),
                ReplenishmentParams.of(planningSpec));
        String scheduling = policy.setting(Lever.JOINT_SCHEDULING).name();
        dispatch = DispatchRules.of(scheduling, DispatchParams.of(scenario.steps().scheduling()));
        escalation = performs(Step.SCHEDULING)
                ? EscalationRules.of(scheduling, EscalationParams.of(scenario.steps().scheduling())) : null;
        shipment = performs(Step.FULFILMENT) ? ShipmentRules.of(policy.setting(Lever.PROMISE_TRACKING).name(),
                ShipmentParams.of(scenario.steps().fulfilment())) : null;
        invoiceContent = performs(Step.BILLING) ? InvoiceRules.content(policy.setting(Lever.BILLING_CHECK).name(),
                InvoiceParams.of(scenario.steps().billing())) : null;
        invoiceFormat = InvoiceRules.format(policy.setting(Lever.CUSTOMER_FORMAT).name());
        var steps = scenario.steps();
        boolean sales = performs(Step.GENERATION);
        qualification = sales ? QualificationRules.of(policy.setting(Lever.CAPACITY_INFO).name(),
                QualificationParams.of(steps.generation(), steps.pricing())) : null;
        quote = QuoteRules.of(policy.setting(Lever.STOCK_INFO).name(), QuoteParams.of(steps.selection()));
        pricing = PricingRules.of(policy.setting(Lever.CAPACITY_PRICING).name(),
                PricingParams.of(steps.pricing(), steps.generation()));
        selection = performs(Step.SELECTION) ? SelectionRules.of(policy.setting(Lever.STRATEGIC_SELECTION).name(),
                SelectionParams.of(steps.selection())) : null;
        entry = performs(Step.ENTRY)
                ? EntryRules.of(policy.setting(Lever.SHARED_ENTRY).name(), EntryParams.of(scenario.steps().entry())) : null;
        returns = performs(Step.RETURNS) ? ReturnRules.of(policy.setting(Lever.RETURNS_PROCEDURE).name()) : null;
        service = performs(Step.SERVICE)
                ? ServiceRules.of(policy.setting(Lever.SERVICE_LINK).name(), ServiceParams.of(scenario.steps().service()))
                : null;
    }

    /** True when the company performs this step; false when the policy switches it off (step-off). */
    boolean performs(Step step) {
        return performed[step.ordinal()];
    }

    static RuleBook of(Policy policy, Scenario scenario) {
        return new RuleBook(policy, scenario);
    }
}
