package org.ordercycle.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Segment;
import org.ordercycle.scenario.Staffed;
import org.ordercycle.stats.ReplicationResult;

/** Helpers shared by the checks: preconditions on a scenario, moments of distributions, values. */
final class Setup {
    private Setup() {
    }

    /** Throws when the scenario is not the set-up a closed form needs. */
    /**
     * The policy with the main lever of each of these steps (1..10) at step-off, under the
     * policy's own name (the checks name their runs by preset).
     */
    static Policy stepsOff(Policy p, List<Integer> steps) {
        Policy off = p;
        for (int step : steps) {
            Lever lever = Lever.mainOf(step);
            off = off.with(lever, lever.stepOff());
        }
        return off.named(p.name());
    }

    /** Every step 1..10 except these. */
    static List<Integer> allStepsBut(Integer... kept) {
        List<Integer> steps = new ArrayList<>();
        for (int step = 1; step <= 10; step++) {
            if (!List.of(kept).contains(step)) {
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }

    static void require(boolean condition, Scenario s, String what) {
        if (!condition) {
            throw new IllegalStateException("validation scenario " + s.name() + ": " + what);
        }
    }

    /** The only segment, with stationary Poisson leads. */
    static Segment poissonSegment(Scenario s) {
        require(s.segments().size() == 1, s, "needs exactly one segment");
        Segment seg = s.segments().get(0);
        require(seg.seasonalityAmplitude() == 0 && seg.trendPerYear() == 0, s,
                "needs stationary Poisson leads (seasonalityAmplitude 0, trendPerYear 0)");
        return seg;
    }

    /** A department that never closes. */
    static void roundTheClock(Scenario s, Staffed d, String name) {
        require(d.roundTheClock() || s.calendar().roundTheClock(), s, name + " must work round the clock");
    }

    /** Number of whole units in an order of this size distribution: probabilities by size. */
    static Map<Integer, Double> integerSizes(Scenario s, Dist d) {
        Map<Integer, Double> sizes = new LinkedHashMap<>();
        switch (d.dist()) {
            case deterministic -> sizes.put(units(d.value()), 1.0);
            case empirical -> {
                for (int i = 0; i < d.values().size(); i++) {
                    sizes.merge(units(d.values().get(i)), d.weights() == null ? 1.0 : d.weights().get(i), Double::sum);
                }
            }
            default -> require(false, s, "order size must be deterministic or empirical, was " + d.dist());
        }
        double total = sizes.values().stream().mapToDouble(Double::doubleValue).sum();
        sizes.replaceAll((k, v) -> v / total);
        return sizes;
    }

    private static int units(double size) {
        return (int) Math.max(1, Math.ceil(size - 1e-9)); // as the engine rounds order sizes
    }

    /** k-th moment of a size distribution on the integers. */
    static double moment(Map<Integer, Double> sizes, int k) {
        return sizes.entrySet().stream().mapToDouble(e -> Math.pow(e.getKey(), k) * e.getValue()).sum();
    }

    /** Mean and second moment of a duration in days, for the families with closed-form moments. */
    static double[] durationMoments(Scenario s, Dist d) {
        double unit = (d.unit() != null ? d.unit() : s.timeUnit()).days();
        double mean;
        double second;
        switch (d.dist()) {
            case deterministic -> {
                mean = d.value();
                second = mean * mean;
            }
            case exponential -> {
                mean = d.mean();
                second = 2 * mean * mean;
            }
            case gamma -> {
                mean = d.mean();
                second = mean * mean + d.sd() * d.sd();
            }
            default -> throw new IllegalStateException("validation scenario " + s.name()
                    + ": handling time must be deterministic, exponential or gamma, was " + d.dist());
        }
        return new double[] {mean * unit, second * unit * unit};
    }

    /** The value of {@code key} in each replication (NaN when absent). */
    static double[] values(List<ReplicationResult> runs, String key) {
        return runs.stream().mapToDouble(r -> r.values().getOrDefault(key, Double.NaN)).toArray();
    }
}
