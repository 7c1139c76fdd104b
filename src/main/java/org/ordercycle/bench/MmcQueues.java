package org.ordercycle.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.verify.Verification;

/** Target (d) of {@code ordercycle bench}: the validation's M/M/3 queue in OrderCycle, SimPy and a bare SSJ loop. */
final class MmcQueues {
    private MmcQueues() {
    }

    /**
     * (d) the validation's M/M/3 queue: OrderCycle (the scenario with every step but sales off)
     * against SimPy and against a bare SSJ loop, customers per CPU second.
     */
    static void measure(Path root, Benchmark.Settings settings, Consumer<String> phase, List<Figure> figures)
            throws IOException, InterruptedException, ScenarioException {
        Path file = root.resolve(Verification.DEFAULT_DIR).resolve(Verification.MMC_FILE);
        Scenario mm3 = ScenarioLoader.load(file);
        Policy policy = Verification.mmcPolicy();
        phase.accept("(d): the M/M/3 queue of " + file + " in OrderCycle, a bare SSJ loop and SimPy");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int reps = settings.mmcReplications();
        for (int r = 0; r < reps; r++) {
            Simulation.replicate(mm3, policy, 99, r); // for the compiler
        }
        new BareQueue(7, settings.bareEvents() / 5).run();
        int n = settings.rounds();
        double[] model = new double[n];
        double[] bare = new double[n];
        for (int k = 0; k < n; k++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long customers = 0;
            for (int r = 0; r < reps; r++) {
                customers += Simulation.replicate(mm3, policy, 1, r).ordersSimulated();
            }
            model[k] = customers / Benchmark.cpuSeconds(cpu, c0);
            BareQueue q = BareQueue.mm3(k + 1, settings.bareEvents());
            c0 = cpu.getCurrentThreadCpuTime();
            q.run();
            bare[k] = q.served() / Benchmark.cpuSeconds(cpu, c0);
        }
        double ours = Stats.median(model);
        double ssj = Stats.median(bare);
        SimPyQueue.Rate simpy = SimPyQueue.run(settings.simpyCustomers());
        figures.add(Figure.info("d_mm3_customers_per_cpu_second", "(d) M/M/3 in OrderCycle, customers per CPU s",
                ours));
        figures.add(simpy.whyNot().isEmpty()
                ? Figure.of("d_mm3_over_simpy", "(d) M/M/3, OrderCycle / SimPy", ours / simpy.customersPerCpuSecond(),
                        Target.MMC_OVER_SIMPY)
                : Figure.skipped("d_mm3_over_simpy", "(d) M/M/3, OrderCycle / SimPy", Target.MMC_OVER_SIMPY,
                        simpy.whyNot()));
        figures.add(Figure.info("d_simpy_customers_per_cpu_second", "    SimPy, customers per CPU s",
                simpy.customersPerCpuSecond()));
        figures.add(Figure.of("d_mm3_over_bare_ssj", "(d) M/M/3, OrderCycle / bare SSJ loop", ours / ssj,
                Target.MMC_OVER_SSJ));
        figures.add(Figure.info("d_bare_ssj_customers_per_cpu_second", "    bare SSJ loop, customers per CPU s", ssj));
    }

}
