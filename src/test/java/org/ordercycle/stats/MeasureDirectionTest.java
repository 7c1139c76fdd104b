package org.ordercycle.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which way each kind of measure improves, as selection uses it. */
class MeasureDirectionTest {

    @Test
    void moneyEarnedAndServiceAreBetterHighCostsTimesAndErrorsLow() {
        for (Measure m : new Measure[] {Measure.PROFIT, Measure.REVENUE, Measure.ON_TIME_RATE, Measure.FILL_RATE,
                Measure.SATISFACTION_INDEX}) {
            assertEquals(Measure.Direction.HIGHER, m.direction(), m.key());
        }
        for (Measure m : new Measure[] {Measure.LEAD_TIME_MEAN, Measure.TOTAL_COST, Measure.BILLING_ERROR_RATE,
                Measure.DSO, Measure.LOST_MARGIN, Measure.COST_PER_ORDER, Measure.ORDERS_LOST}) {
            assertEquals(Measure.Direction.LOWER, m.direction(), m.key());
        }
    }

    @Test
    void everyDurationIsBetterShortAndVolumesHaveNoDirection() {
        for (Measure m : Measure.values()) {
            if (m.unit().equals("days")) {
                assertEquals(Measure.Direction.LOWER, m.direction(), m.key());
            }
        }
        assertEquals(Measure.Direction.NONE, Measure.ORDERS_ENTERED.direction());
        assertEquals(Measure.Direction.NONE, Measure.CAPACITY_UTILISATION.direction());
        assertEquals(Measure.Direction.NONE, Measure.FORECAST_BIAS.direction());
    }
}
