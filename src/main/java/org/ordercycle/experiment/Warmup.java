package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.List;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.stats.ReplicationResult;

/**
 * Warm-up detection with MSER-5 (White 1997; White, Cobb and Spratt 2000, "A comparison of
 * five steady-state truncation heuristics", Winter Simulation Conference): pilot replications
 * run without warm-up; their weekly mean lead times are averaged across replications and
 * grouped in batches of five weeks; the truncation point is the number of leading batches d
 * that minimises the squared standard error of the remaining batch means,
 * sum_{i>=d}(Z_i - mean_d)^2 / (n - d)^2, searched over the first half of the run as the
 * method recommends. The warm-up is the largest truncation over the policies compared.
 */
public final class Warmup {
    /** Pilot replications per policy. */
    public static final int PILOTS = 5;
    static final int BATCH = 5;

    private Warmup() {
    }

    /** The detected warm-up and how it was found. */
    public record Choice(double days, String method) {
    }

    /** The scenario's own warm-up, or the MSER-5 detection when it says {@code warmupDays: auto}. */
    public static Choice choose(Scenario scenario, List<Policy> policies, long seed, Backend runner) {
        if (!scenario.autoWarmup()) {
            return new Choice(scenario.warmupDays(), "fixed by the scenario");
        }
        Scenario pilot = scenario.withWarmup(0);
        List<RunSpec> specs = new ArrayList<>();
        for (Policy p : policies) {
            for (int r = 0; r < PILOTS; r++) {
                // pilot replications use indices far from those of the experiment itself
                specs.add(new RunSpec("warmup-pilot", pilot, p, seed, 100_000 + r));
            }
        }
        List<ReplicationResult> results = runner.run("warm-up pilot runs", specs);
        double days = 0;
        for (int i = 0; i < policies.size(); i++) {
            List<List<Double>> series = new ArrayList<>();
            for (int r = 0; r < PILOTS; r++) {
                series.add(results.get(i * PILOTS + r).weeklyLeadTime());
            }
            days = Math.max(days, 7.0 * BATCH * truncationBatches(average(series)));
        }
        return new Choice(days, "MSER-5 on " + PILOTS + " pilot replications per policy");
    }

    /** Mean across replications, week by week, skipping weeks without deliveries. */
    static double[] average(List<List<Double>> series) {
        int weeks = series.stream().mapToInt(List::size).min().orElse(0);
        double[] mean = new double[weeks];
        double last = Double.NaN;
        for (int w = 0; w < weeks; w++) {
            double sum = 0;
            int n = 0;
            for (List<Double> s : series) {
                double v = s.get(w);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            mean[w] = n > 0 ? sum / n : last;
            last = mean[w];
        }
        return mean;
    }

    /** MSER-5: the number of leading batches of five observations to delete. */
    public static int truncationBatches(double[] series) {
        int n = series.length / BATCH;
        double[] z = new double[n];
        int batches = 0;
        for (int b = 0; b < n; b++) {
            double sum = 0;
            int count = 0;
            for (int k = 0; k < BATCH; k++) {
                double v = series[b * BATCH + k];
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
            if (count > 0) {
                z[batches++] = sum / count;
            } else if (batches == 0) {
                z[batches++] = 0; // an empty start (no deliveries yet) belongs to the transient
            } else {
                z[batches] = z[batches - 1];
                batches++;
            }
        }
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= batches / 2; d++) {
            int m = batches - d;
            if (m < 2) {
                break;
            }
            double mean = 0;
            for (int i = d; i < batches; i++) {
                mean += z[i];
            }
            mean /= m;
            double ss = 0;
            for (int i = d; i < batches; i++) {
                ss += (z[i] - mean) * (z[i] - mean);
            }
            double value = ss / ((double) m * m);
            if (value < bestValue) {
                bestValue = value;
                best = d;
            }
        }
        return best;
    }
}
