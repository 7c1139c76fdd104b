package org.ordercycle.model;

import org.ordercycle.model.rules.forecast.ForecastParams;
import org.ordercycle.model.rules.forecast.ForecastRules;
import org.ordercycle.model.rules.forecast.PlanningRule;
import org.ordercycle.model.rules.replenishment.ReplenishmentParams;
import org.ordercycle.model.rules.replenishment.ReplenishmentRule;
import org.ordercycle.model.rules.replenishment.ReplenishmentRules;
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
 */
final class RuleBook {
    /** Marketing's and production's forecast and plan (joint-planning). */
    final PlanningRule planning;
    /** Production's make-to-stock orders (replenishment). */
    final ReplenishmentRule replenishment;
    /** Order entry's record and hand-off (shared-entry). */
    final EntryRule entry;
    /** The returns desk's handling of a return (returns-procedure). */
    final ReturnRule returns;
    /** After-sales service: briefing, visit outcome, passing needs on (service-link). */
    final ServiceRule service;

    private RuleBook(Policy policy, Scenario scenario) {
        var planningSpec = scenario.steps().planning();
        planning = ForecastRules.of(policy.setting(Lever.JOINT_PLANNING).name(), ForecastParams.of(planningSpec));
        replenishment = ReplenishmentRules.of(policy.setting(Lever.REPLENISHMENT).name(),
                ReplenishmentParams.of(planningSpec));
        entry = EntryRules.of(policy.setting(Lever.SHARED_ENTRY).name(), EntryParams.of(scenario.steps().entry()));
        returns = ReturnRules.of(policy.setting(Lever.RETURNS_PROCEDURE).name());
        service = ServiceRules.of(policy.setting(Lever.SERVICE_LINK).name(), ServiceParams.of(scenario.steps().service()));
    }

    static RuleBook of(Policy policy, Scenario scenario) {
        return new RuleBook(policy, scenario);
    }
}
