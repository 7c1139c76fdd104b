package org.ordercycle.verify;

import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * One validation case: a scenario of {@code scenarios/validation/}, the policies it runs under,
 * and how its replications become checks. The theoretical value is computed from the scenario's
 * own parameters, after checking that the scenario is the degenerate set-up the closed form
 * needs (so an edited file cannot silently compare apples with oranges).
 */
interface TheoryCheck {

    /** File name of the scenario in the validation folder. */
    String file();

    /** Policies to simulate, each with the same replications. */
    default List<Policy> policies() {
        return List.of(Policy.SILOED);
    }

    /**
     * The steps (1..10) the closed form needs switched off: each policy runs with these steps'
     * main levers at step-off (see {@link Setup#stepsOff}). The scenario's header comment states
     * the same, so that a user can reproduce the run.
     */
    default List<Integer> stepsOff() {
        return List.of();
    }

    /**
     * The checks of this case.
     *
     * @param runs replications 0..n-1 of the scenario under each of {@link #policies()} (with
     *             {@link #stepsOff()} switched off)
     * @throws IllegalStateException when the scenario is not the set-up the closed form needs
     */
    List<Check> evaluate(Scenario scenario, Map<Policy, List<ReplicationResult>> runs);
}
