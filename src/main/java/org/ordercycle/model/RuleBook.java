package org.ordercycle.model;

import org.ordercycle.model.rules.forecast.ForecastParams;
import org.ordercycle.model.rules.forecast.ForecastRules;
import org.ordercycle.model.rules.forecast.PlanningRule;
import org.ordercycle.model.rules.replenishment.ReplenishmentParams;
import org.ordercycle.model.rules.replenishment.ReplenishmentRule;
import org.ordercycle.model.rules.replenishment.ReplenishmentRules;
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

    private RuleBook(Policy policy, Scenario scenario) {
        var planningSpec = scenario.steps().planning();
        planning = ForecastRules.of(policy.setting(Lever.JOINT_PLANNING).name(), ForecastParams.of(planningSpec));
        replenishment = ReplenishmentRules.of(policy.setting(Lever.REPLENISHMENT).name(),
                ReplenishmentParams.of(planningSpec));
    }

    static RuleBook of(Policy policy, Scenario scenario) {
        return new RuleBook(policy, scenario);
    }
}
