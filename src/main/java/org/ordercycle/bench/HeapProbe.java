package org.ordercycle.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * Run in a child JVM by the benchmark: simulates a scenario with its horizon multiplied by a
 * factor while a sampler thread forces a full collection every 200 ms and records the heap in
 * use right after it (the live set); prints the largest, in bytes. A model whose memory grows
 * with the number of orders shows a larger live set for a longer horizon.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        double factor = Double.parseDouble(args[1]);
        Scenario base = ScenarioLoader.load(file);
        Scenario s = ScenarioLoader.load(file, Map.of("horizonDays", Double.toString(base.horizonDays() * factor)));
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Simulation.replicate(s, Policy.SILOED, 1, 0);
        sampler.interrupt();
        sampler.join();
        System.out.println(peak.get());
    }
}
