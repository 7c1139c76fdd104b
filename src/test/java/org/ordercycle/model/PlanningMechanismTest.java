package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ordercycle.stats.Measure.FORECAST_BIAS;
import static org.ordercycle.stats.Measure.FORECAST_ERROR;
import static org.ordercycle.stats.Measure.PLAN_BIAS;

import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Steps;
import org.ordercycle.stats.ReplicationResult;

/**
 * Step 1 on {@code mechanisms/planning.yaml}: a compound Poisson demand of known mean, the
 * {@code expected} forecast base, daily periods over a year with independent period errors.
 * Sampling error of a bias over the run: about 0.2/sqrt(365) ~ 0.01 from the forecast factors
 * and 1/sqrt(7300 orders) ~ 0.012 from the demand, so about 0.016 in all; tolerances are ~3 sd.
 */
class PlanningMechanismTest {
    private static final double BIAS_TOLERANCE = 0.05;

    private final Scenario scenario = Runs.scenario("planning");
    private final Steps.Planning planning = scenario.steps().planning();

    @Test
    void siloedMarketingInflatesAndProductionDiscountsWithoutCancelling() {
        ReplicationResult r = Runs.run(scenario, Policy.SILOED);
        double forecastBias = r.value(FORECAST_BIAS);
        double planBias = r.value(PLAN_BIAS);
        // E[forecast] = base E[1 + noise z1] E[1 + inflationMean + inflationSd z2] = base (1 + inflationMean):
        // z1, z2 independent standard normals (the truncations at 0 and -0.99 have probability < 1e-9 here)
        assertEquals(planning.inflationMean(), forecastBias, BIAS_TOLERANCE, "forecast bias ~ inflationMean");
        // production commits forecast x (1 - productionDiscount) in every period: exact relation
        assertEquals((1 + forecastBias) * (1 - planning.productionDiscount()) - 1, planBias, 1e-9);
        // so the plan sits below the forecast by about productionDiscount (exactly d (1 + forecast bias))
        assertEquals(planning.productionDiscount(), forecastBias - planBias, BIAS_TOLERANCE);
        // the two biases do not cancel: 1.2 x 0.85 - 1 = +0.02 expected, and the forecast stays far above it
        assertTrue(forecastBias - planBias > 0.1, "plan " + planBias + " vs forecast " + forecastBias);
    }

    @Test
    void jointConsensusIsUnbiasedAndMoreAccurate() {
        ReplicationResult siloed = Runs.run(scenario, Policy.SILOED);
        ReplicationResult joint = Runs.run(scenario, Policy.SILOED.with(Lever.JOINT_PLANNING, true));
        double bias = joint.value(FORECAST_BIAS);
        // E[consensus] = base E[1 + consensusNoise z1] = base: unbiased up to sampling error (~0.013)
        assertEquals(0, bias, BIAS_TOLERANCE, "consensus forecast bias");
        assertEquals(bias, joint.value(PLAN_BIAS), 1e-12, "the joint plan is the consensus forecast");
        // weighted absolute error: consensus noise 0.08 against marketing's 0.15 noise plus 0.2 +- 0.1 inflation
        assertTrue(joint.value(FORECAST_ERROR) < siloed.value(FORECAST_ERROR) - 0.05,
                "joint error " + joint.value(FORECAST_ERROR) + " vs siloed " + siloed.value(FORECAST_ERROR));
    }

    @Test
    void planningOffUsesTheExpectedDemand() {
        Scenario off = Runs.scenario("planning", java.util.Map.of("steps.planning.enabled", "false"));
        ReplicationResult r = Runs.run(off, Policy.SILOED);
        // forecast = plan = expected demand: only the demand's own sampling error (~0.012) remains
        assertEquals(0, r.value(FORECAST_BIAS), 0.04);
        assertEquals(r.value(FORECAST_BIAS), r.value(PLAN_BIAS), 1e-12);
    }
}
