package org.ordercycle.scenario;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * A probability distribution as written in a scenario: {@code {dist: gamma, mean: 2, sd: 1, unit: hour}},
 * or a bare number for a deterministic value. Parameters a family does not use are null.
 * For durations, {@code unit} overrides the scenario's {@code timeUnit}; other quantities ignore it.
 */
@Doc("A probability distribution: a bare number (deterministic) or {dist: KIND, parameters..., unit: minute|hour|day|week}")
public record Dist(
        @Doc("Distribution family") DistKind dist,
        @Doc("Value of a deterministic distribution") Double value,
        @Doc("Mean (exponential, normal, lognormal, gamma)") Double mean,
        @Doc("Standard deviation (normal, lognormal, gamma)") Double sd,
        @Doc("Lower bound (uniform, triangular; truncation point of normal, default 0)") Double min,
        @Doc("Mode (triangular)") Double mode,
        @Doc("Upper bound (uniform, triangular; truncation point of normal, default none)") Double max,
        @Doc("Values of an empirical distribution") List<Double> values,
        @Doc("Weights of the empirical values (default equal)") List<Double> weights,
        @Doc("Time unit of a duration; default: the scenario's timeUnit") TimeUnit unit) {

    /** A deterministic distribution at {@code value}. */
    public static Dist fixed(double value) {
        return new Dist(DistKind.deterministic, value, null, null, null, null, null, null, null, null);
    }

    /** An exponential distribution with the given mean. */
    public static Dist exponential(double mean) {
        return new Dist(DistKind.exponential, null, mean, null, null, null, null, null, null, null);
    }

    /** This distribution with its durations in {@code newUnit}. */
    public Dist in(TimeUnit newUnit) {
        return new Dist(dist, value, mean, sd, min, mode, max, values, weights, newUnit);
    }

    /**
     * Checks that the parameters this family needs are present and consistent, and that the
     * sampler can use them ({@link DistLaw}); reports each problem as (parameter name, message)
     * so the loader can attach the file position.
     */
    public void check(BiConsumer<String, String> problem) {
        boolean[] found = {false};
        checkParameters((name, message) -> {
            found[0] = true;
            problem.accept(name, message);
        });
        if (!found[0]) {
            DistLaw.checkSampling(this, problem); // the parameters are usable one by one; are they together?
        }
    }

    private void checkParameters(BiConsumer<String, String> problem) {
        switch (dist) {
            case deterministic -> need("value", value, problem);
            case exponential -> positive("mean", mean, problem);
            case uniform, triangular -> {
                need("min", min, problem);
                need("max", max, problem);
                if (dist == DistKind.triangular) {
                    need("mode", mode, problem);
                }
                if (min != null && max != null && !(max > min)) {
                    problem.accept("max", "must be > min (" + min + "), was " + max);
                }
                if (dist == DistKind.triangular && min != null && max != null && mode != null
                        && (mode < min || mode > max)) {
                    problem.accept("mode", "must be in [min, max] = [" + min + ", " + max + "], was " + mode);
                }
            }
            case normal -> {
                need("mean", mean, problem);
                positive("sd", sd, problem);
                double lo = min == null ? 0 : min;
                if (max != null && !(max > lo)) {
                    problem.accept("max", "must be > min (" + lo + "), was " + max);
                }
            }
            case lognormal, gamma -> {
                positive("mean", mean, problem);
                positive("sd", sd, problem);
            }
            case empirical -> {
                if (values == null || values.isEmpty()) {
                    problem.accept("values", "must list at least one value");
                } else if (weights != null) {
                    if (weights.size() != values.size()) {
                        problem.accept("weights", "must have as many entries as values (" + values.size()
                                + "), had " + weights.size());
                    } else if (weights.stream().anyMatch(w -> w < 0)
                            || !(weights.stream().mapToDouble(Double::doubleValue).sum() > 0)) {
                        problem.accept("weights", "must be >= 0 with a positive sum");
                    }
                }
            }
        }
    }

    /** Mean of the distribution in its own unit (before conversion to days). */
    public double nominalMean() {
        return switch (dist) {
            case deterministic -> value;
            case exponential, lognormal, gamma -> mean;
            case uniform -> (min + max) / 2;
            case triangular -> (min + mode + max) / 3;
            case normal -> mean; // before truncation
            case empirical -> empiricalMean();
        };
    }

    private double empiricalMean() {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < values.size(); i++) {
            double w = weights == null ? 1 : weights.get(i);
            sum += w * values.get(i);
            total += w;
        }
        return sum / total;
    }

    private static void need(String name, Double v, BiConsumer<String, String> problem) {
        if (v == null) {
            problem.accept(name, "is required");
        }
    }

    private static void positive(String name, Double v, BiConsumer<String, String> problem) {
        if (v == null) {
            problem.accept(name, "is required");
        } else if (!(v > 0)) {
            problem.accept(name, "must be > 0, was " + v);
        }
    }
}
