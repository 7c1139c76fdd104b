package org.ordercycle.experiment;

import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;

/**
 * One replication to run: the design point it belongs to (a scenario variant), the policy and
 * the replication index. Its result is a pure function of these and the seed.
 *
 * @param point    id of the design point ("base" when the experiment has one scenario)
 */
public record RunSpec(String point, Scenario scenario, Policy policy, long seed, int replication) {
}
