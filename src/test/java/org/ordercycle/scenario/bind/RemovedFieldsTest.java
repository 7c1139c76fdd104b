package org.ordercycle.scenario.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.policy.Lever;

/** The advice for a removed {@code steps.<step>.enabled} names the lever that switches that step off now. */
class RemovedFieldsTest {
    private static final List<String> STEPS = List.of("planning", "generation", "pricing", "entry", "selection",
            "scheduling", "fulfilment", "billing", "returns", "service");

    @Test
    void eachStepNamesItsMainLever() {
        assertEquals(10, RemovedFields.STEP_LEVERS.size());
        for (int i = 0; i < STEPS.size(); i++) {
            assertEquals(Lever.mainOf(i + 1).cliName(), RemovedFields.STEP_LEVERS.get(STEPS.get(i)), STEPS.get(i));
        }
    }
}
