package org.ordercycle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;

/** The two companies of bench target (c), built from the baseline file. */
class WideCompanyTest {
    private static final Path FILE = Path.of("scenarios/baseline.yaml");

    @Test
    void theWideCompanyHasSixteenTimesTheLeadsStaffRatesAndStock() throws Exception {
        Scenario base = ScenarioLoader.load(FILE);
        Scenario wide = WideCompany.wide(FILE, base, 16);
        for (int i = 0; i < base.segments().size(); i++) {
            assertEquals(16 * base.segments().get(i).leadsPerDay(), wide.segments().get(i).leadsPerDay());
        }
        for (int i = 0; i < base.products().size(); i++) {
            assertEquals(16 * base.products().get(i).ratePerHour(), wide.products().get(i).ratePerHour());
            assertEquals(16 * base.products().get(i).initialStock(), wide.products().get(i).initialStock());
        }
        assertEquals(16 * base.departments().sales().staff(), wide.departments().sales().staff());
        assertEquals(16 * base.departments().returns().staff(), wide.departments().returns().staff());
        assertEquals(16 * base.departments().service().get(0).technicians(),
                wide.departments().service().get(0).technicians());
        assertEquals(base.horizonDays(), wide.horizonDays());
    }

    @Test
    void theLongCompanySimulatesSixteenTimesTheDaysWithTheSameWarmup() throws Exception {
        Scenario base = ScenarioLoader.load(FILE);
        Scenario longer = WideCompany.longer(FILE, base, 16);
        assertEquals(base.warmupDays(), longer.warmupDays());
        assertEquals(16 * (base.warmupDays() + base.horizonDays()), longer.warmupDays() + longer.horizonDays());
        assertEquals(base.segments().get(0).leadsPerDay(), longer.segments().get(0).leadsPerDay());
    }
}
