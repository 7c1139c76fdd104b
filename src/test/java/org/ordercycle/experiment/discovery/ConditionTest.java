package org.ordercycle.experiment.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {
    private static final Map<String, Double> VALUES = Map.of("total_cost[joint]", 90.0, "total_cost[siloed]", 100.0,
            "on_time_rate[joint]", 0.85);

    private static boolean test(String text) {
        return Condition.parse(text).test((m, p) -> VALUES.get(m + "[" + p + "]"));
    }

    @Test
    void comparisonsAndLogic() {
        assertTrue(test("total_cost[joint] < total_cost[siloed]"));
        assertFalse(test("total_cost[joint] > total_cost[siloed]"));
        assertTrue(test("total_cost[joint] <= 90 and on_time_rate[joint] >= 0.85"));
        assertFalse(test("total_cost[joint] < 90 and on_time_rate[joint] >= 0.85"));
        assertTrue(test("total_cost[joint] < 90 or on_time_rate[joint] >= 0.85"));
        // and binds tighter than or: false or (true and true)
        assertTrue(test("total_cost[joint] > 100 or total_cost[joint] < 95 and on_time_rate[joint] > 0.8"));
        assertFalse(test("(total_cost[joint] > 100 or total_cost[joint] < 95) and on_time_rate[joint] > 0.9"));
        assertTrue(test("1e2 >= total_cost[siloed]"));
        assertEquals(3, Condition.parse("total_cost[joint] < total_cost[siloed] and on_time_rate[joint] > 0")
                .references().size());
    }

    @Test
    void errorsNameThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Condition.parse("total_cost[joint] = 3"));
        assertTrue(e.getMessage().contains("position 19") && e.getMessage().contains("comparison"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Condition.parse("total_cost > 3"));
        assertTrue(e.getMessage().contains("position 12") && e.getMessage().contains("'['"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Condition.parse("total_cost[joint > 3"));
        assertTrue(e.getMessage().contains("position 18") && e.getMessage().contains("']'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Condition.parse("total_cost[joint] > 3 and"));
        assertTrue(e.getMessage().contains("found the end"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Condition.parse("(1 < 2"));
        assertTrue(e.getMessage().contains("')'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Condition.parse("1 < 2 xor 3 < 4"));
        assertTrue(e.getMessage().contains("position 7"), e.getMessage());
    }
}
