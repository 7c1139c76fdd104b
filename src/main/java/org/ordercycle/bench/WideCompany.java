package org.ordercycle.bench;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ordercycle.scenario.Departments;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.scenario.Staffed;

/**
 * The two scenarios of target (c), built from one scenario file: a company {@code factor} times
 * wider (leads, staff, technicians, line rates and initial stock all multiplied) over the same
 * horizon, and the same company over a horizon {@code factor} times longer. Both simulate about
 * the same number of orders; the wide one keeps {@code factor} times as many events waiting, so
 * its cost per order against the long one's is what the event list and the data at scale add.
 */
public final class WideCompany {
    private WideCompany() {
    }

    /** The scenario with {@code factor} times the leads, staff, technicians, line rates and initial stock. */
    public static Scenario wide(Path file, Scenario base, int factor) throws ScenarioException {
        Map<String, String> o = new LinkedHashMap<>();
        List<org.ordercycle.scenario.Segment> segments = base.segments();
        for (int i = 0; i < segments.size(); i++) {
            o.put("segments[" + i + "].leadsPerDay", number(segments.get(i).leadsPerDay() * factor));
        }
        List<Product> products = base.products();
        for (int i = 0; i < products.size(); i++) {
            o.put("products[" + i + "].ratePerHour", number(products.get(i).ratePerHour() * factor));
            o.put("products[" + i + "].initialStock", number(products.get(i).initialStock() * factor));
        }
        Departments d = base.departments();
        for (RecordComponent c : Departments.class.getRecordComponents()) {
            if (c.getType() == Staffed.class) {
                o.put("departments." + c.getName() + ".staff", number(((Staffed) value(c, d)).staff() * factor));
            }
        }
        for (int i = 0; i < d.service().size(); i++) {
            o.put("departments.service[" + i + "].technicians", number(d.service().get(i).technicians() * factor));
        }
        return ScenarioLoader.load(file, o);
    }

    /** The scenario simulating {@code factor} times its days (warm-up included) over the same warm-up. */
    public static Scenario longer(Path file, Scenario base, int factor) throws ScenarioException {
        double days = (base.warmupDays() + base.horizonDays()) * factor - base.warmupDays();
        return ScenarioLoader.load(file, Map.of("horizonDays", number(days)));
    }

    private static Object value(RecordComponent c, Departments d) {
        try {
            return c.getAccessor().invoke(d);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read departments." + c.getName(), e);
        }
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%s", x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x));
    }
}
