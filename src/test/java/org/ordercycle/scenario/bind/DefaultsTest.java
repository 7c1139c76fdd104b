package org.ordercycle.scenario.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.Calendar;
import org.ordercycle.scenario.Costs;
import org.ordercycle.scenario.Default;
import org.ordercycle.scenario.Departments;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.DistKind;
import org.ordercycle.scenario.Logistics;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Staffed;
import org.ordercycle.scenario.Steps;
import org.ordercycle.scenario.TimeUnit;

/** The {@code @Default}s of the records are bound like file content: a wrong one fails here. */
class DefaultsTest {

    /** Every record type reachable from {@link Scenario}. */
    static Set<Class<?>> recordTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(Scenario.class, found);
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, found);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), found);
            }
        }
    }

    @Test
    void everyDefaultIsAValidValueOfItsField() {
        int checked = 0;
        for (Class<?> record : recordTypes()) {
            for (RecordComponent rc : record.getRecordComponents()) {
                if (rc.isAnnotationPresent(Default.class)) {
                    assertNotNull(ScenarioBinding.defaultValue(rc), record.getSimpleName() + "." + rc.getName());
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " defaults found");
    }

    @Test
    void sectionsBuildFromTheirDefaultsAlone() {
        Steps steps = ScenarioBinding.defaults(Steps.class);
        assertEquals(7, steps.planning().periodDays());
        assertEquals(4, steps.planning().movingAveragePeriods());
        assertEquals(1.5, steps.pricing().idleLoadDays());
        assertEquals(6, steps.pricing().scarceLoadDays());
        assertEquals(2, steps.returns().handoffIntervalDays());
        assertEquals(2, steps.entry().keyingsWhenRekeyed());
        assertEquals(new Dist(DistKind.gamma, null, 3.0, 1.5, null, null, null, null, null, TimeUnit.hour),
                steps.service().visitTime());
        assertEquals(new Calendar(5, 8, 8), ScenarioBinding.defaults(Calendar.class));
        assertEquals(new Staffed(1, Dist.fixed(0), 50, false), ScenarioBinding.defaults(Departments.class).billing());
        assertEquals(new Dist(DistKind.triangular, null, null, null, 1.0, 2.0, 5.0, null, null, null),
                ScenarioBinding.defaults(Logistics.class).transit());
        assertEquals("paper", ScenarioBinding.defaults(Costs.class).companyInvoiceFormat());
    }

    @Test
    void everyDistributionKindHasItsParameterList() {
        for (DistKind kind : DistKind.values()) {
            assertTrue(DistBinder.PARAMETERS.containsKey(kind), kind.name());
            assertFalse(SchemaGenerator.requiredParameters(kind).isEmpty(), kind.name());
            assertTrue(DistBinder.PARAMETERS.get(kind).containsAll(SchemaGenerator.requiredParameters(kind)),
                    kind + ": Dist.check asks for " + SchemaGenerator.requiredParameters(kind));
        }
    }
}
