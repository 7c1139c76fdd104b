package org.ordercycle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ordercycle.api.Simulation;
import org.ordercycle.scenario.Departments;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.scenario.Segment;
import org.ordercycle.scenario.Staffed;
import org.ordercycle.stats.ReplicationResult;

/**
 * The two scenarios of target (c), built from one scenario file: a company {@code factor} times
 * wider (leads, staff, technicians, line rates and initial stock all multiplied) over the same
 * horizon, and the same company over a horizon {@code factor} times longer. Both simulate about
 * the same number of orders; the wide one keeps {@code factor} times as many events waiting, so
 * its cost per order against the long one's is what the event list and the data at scale add.
 * {@link #measure} times them for {@code ordercycle bench}.
 */
public final class WideCompany {
    private WideCompany() {
    }

    /** The scenario with {@code factor} times the leads, staff, technicians, line rates and initial stock. */
    public static Scenario wide(Path file, Scenario base, int factor) throws ScenarioException {
        Map<String, String> o = new LinkedHashMap<>();
        List<Segment> segments = base.segments();
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

    /**
     * (c) CPU per order of the company made wider against the same company over a longer horizon,
     * one replication each, alternating, after one of each for the compiler: the median of the
     * rounds' ratios.
     */
    static void measure(Scenario scenario, Path scenarioFile, Benchmark.Settings settings, Consumer<String> phase,
                        List<Figure> figures) throws ScenarioException {
        int factor = settings.wideFactor();
        Scenario wide = WideCompany.wide(scenarioFile, scenario, factor);
        Scenario longer = WideCompany.longer(scenarioFile, scenario, factor);
        phase.accept("(c): warming up on a company " + factor + " times wider and " + factor + " times longer");
        cpuPerOrder(wide, 0);
        cpuPerOrder(longer, 0);
        int n = settings.rounds();
        double[] ratios = new double[n];
        double[] wideNs = new double[n];
        double[] longNs = new double[n];
        for (int k = 0; k < n; k++) {
            phase.accept("(c): round " + (k + 1) + " of " + n);
            wideNs[k] = cpuPerOrder(wide, k + 1);
            longNs[k] = cpuPerOrder(longer, k + 1);
            ratios[k] = wideNs[k] / longNs[k];
        }
        figures.add(Figure.of("c_wide_ratio", "(c) CPU per order, " + factor + "x wider / " + factor + "x longer",
                Stats.median(ratios), Target.WIDE_RATIO));
        figures.add(Figure.info("c_wide_ns_per_order", "    wider company, CPU ns per order", Stats.median(wideNs)));
        figures.add(Figure.info("c_long_ns_per_order", "    longer horizon, CPU ns per order", Stats.median(longNs)));
    }

    /** CPU nanoseconds per order of one replication (siloed for even numbers, joint for odd ones). */
    private static double cpuPerOrder(Scenario scenario, int replication) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        ReplicationResult res = Simulation.replicate(scenario, Benchmark.alternating(replication), 1, replication);
        return (cpu.getCurrentThreadCpuTime() - c0) / (double) res.ordersSimulated();
    }

    private static Object value(RecordComponent c, Departments d) {
        try {
            return c.getAccessor().invoke(d);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read departments." + c.getName(), e);
        }
    }

    private static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
