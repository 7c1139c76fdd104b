package org.ordercycle.scenario;

import java.util.function.BiConsumer;
import umontreal.ssj.probdist.ContinuousDistribution;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.TriangularDist;
import umontreal.ssj.probdist.TruncatedDist;
import umontreal.ssj.probdist.UniformDist;

/**
 * The SSJ distribution a {@link Dist} is sampled from, with its parameters derived from the
 * scenario's ones (gamma shape {@code (mean/sd)^2}, lognormal sigma, ...). The engine's sampler
 * builds its distributions here and validation checks them here, so a scenario that loads can
 * always be sampled. Stateless and thread-safe.
 */
public final class DistLaw {
    /** Levels at which validation evaluates the inverse distribution function: the body and both tails. */
    private static final double[] PROBES = {1e-9, 0.5, 1 - 1e-9};
    private static final double LONGEST_UNIT = TimeUnit.week.days();

    private DistLaw() {
    }

    /** Shape of the gamma distribution with the mean and sd of {@code d}: {@code (mean/sd)^2}. */
    public static double gammaShape(Dist d) {
        return d.mean() * d.mean() / (d.sd() * d.sd());
    }

    /** Rate of the gamma distribution with the mean and sd of {@code d}: shape / mean. */
    public static double gammaRate(Dist d) {
        return gammaShape(d) / d.mean();
    }

    /** Variance of the logarithm of a lognormal variable with the mean and sd of {@code d}. */
    static double lognormalLogVariance(Dist d) {
        return Math.log(1 + d.sd() * d.sd() / (d.mean() * d.mean()));
    }

    /** Upper truncation point of a normal distribution: {@code max}, or 50 sd above the mean (beyond any draw). */
    static double normalUpper(Dist d) {
        return d.max() == null ? d.mean() + 50 * d.sd() : d.max();
    }

    /**
     * The continuous distribution of {@code d}, in its own unit; null for deterministic and
     * empirical ones. Throws IllegalArgumentException for parameters SSJ refuses: validate first.
     */
    public static ContinuousDistribution of(Dist d) {
        return switch (d.dist()) {
            case deterministic, empirical -> null;
            case exponential -> new ExponentialDist(1.0 / d.mean());
            case uniform -> new UniformDist(d.min(), d.max());
            case triangular -> new TriangularDist(d.min(), d.max(), d.mode());
            // SSJ's truncated distribution needs finite bounds
            case normal -> new TruncatedDist(new NormalDist(d.mean(), d.sd()), d.min() == null ? 0 : d.min(),
                    normalUpper(d));
            case lognormal -> {
                double s2 = lognormalLogVariance(d);
                yield new LognormalDist(Math.log(d.mean()) - s2 / 2, Math.sqrt(s2));
            }
            case gamma -> new GammaDist(gammaShape(d), gammaRate(d));
        };
    }

    /**
     * Reports (parameter, message) for parameters that pass {@link Dist#check} one by one but
     * that the sampler cannot use: derived parameters that overflow or underflow, a truncated
     * normal with no probability left between its bounds, a mean too large to express in days.
     * Call only on a distribution that passed {@link Dist#check}.
     */
    static void checkSampling(Dist d, BiConsumer<String, String> problem) {
        switch (d.dist()) {
            case exponential -> {
                if (Double.isInfinite(1.0 / d.mean())) {
                    problem.accept("mean", "is too small to compute with (its rate 1/mean overflows), was " + d.mean());
                    return;
                }
            }
            case gamma -> {
                double shape = gammaShape(d);
                double rate = gammaRate(d);
                if (!(shape > 0 && rate > 0) || Double.isInfinite(shape) || Double.isInfinite(rate)) {
                    problem.accept("sd", "gives a gamma distribution that cannot be computed: its shape (mean/sd)^2 is "
                            + shape + " and its rate shape/mean " + rate + " (both must be finite and > 0); keep mean "
                            + "and sd nearer each other, was mean " + d.mean() + ", sd " + d.sd());
                    return;
                }
            }
            case lognormal -> {
                double s2 = lognormalLogVariance(d);
                if (!(s2 > 0) || Double.isInfinite(s2) || Double.isInfinite(Math.log(d.mean()) - s2 / 2)) {
                    problem.accept("sd", "gives a lognormal distribution that cannot be computed: the variance of its "
                            + "logarithm, log(1 + (sd/mean)^2), is " + s2 + " (must be finite and > 0); keep mean and sd"
                            + " nearer each other, was mean " + d.mean() + ", sd " + d.sd());
                    return;
                }
            }
            case normal -> {
                double lower = d.min() == null ? 0 : d.min();
                if (Double.isInfinite(normalUpper(d))) {
                    problem.accept("sd", "is too large: the truncation point mean + 50 sd overflows; give a max, "
                            + "was " + d.sd());
                    return;
                }
                if (!(normalUpper(d) > lower)) {
                    problem.accept("mean", "lies so far below min (" + lower + ") that no value is left: mean + 50 sd = "
                            + normalUpper(d) + "; raise the mean or lower min, was " + d.mean());
                    return;
                }
            }
            case empirical -> {
                if (d.weights() != null && Double.isInfinite(d.weights().stream().mapToDouble(Double::doubleValue).sum())) {
                    problem.accept("weights", "add up to more than a number can hold: scale them down");
                    return;
                }
            }
            default -> {
            }
        }
        checkComputed(d, problem);
    }

    /** Builds the distribution and evaluates it where the sampler will: a safety net for every family. */
    private static void checkComputed(Dist d, BiConsumer<String, String> problem) {
        String family = d.dist() == DistKind.empirical ? "values" : parameterOf(d.dist());
        double mean = d.nominalMean();
        if (!Double.isFinite(mean * LONGEST_UNIT)) {
            problem.accept(family, "gives a mean of " + mean + ", too large to compute with");
            return;
        }
        ContinuousDistribution law;
        try {
            law = of(d);
        } catch (IllegalArgumentException e) {
            problem.accept(family, "gives " + d.dist() + " parameters that cannot be computed");
            return;
        }
        if (law == null) {
            return;
        }
        for (double u : PROBES) {
            if (!computable(law, u)) {
                problem.accept(family, "gives a " + d.dist() + " distribution whose values cannot be computed"
                        + (d.dist() == DistKind.normal ? ": almost no probability is left between min ("
                        + (d.min() == null ? 0 : d.min()) + ") and max (" + normalUpper(d) + ")" : ""));
                return;
            }
        }
    }

    /**
     * Whether the law's quantile at {@code u} and its mean are finite numbers; SSJ throws for
     * some degenerate laws instead (a normal truncated where no probability is left: "Undefined
     * mean"), which counts as not computable.
     */
    private static boolean computable(ContinuousDistribution law, double u) {
        try {
            return Double.isFinite(law.inverseF(u)) && Double.isFinite(law.getMean() * LONGEST_UNIT);
        } catch (ArithmeticException | IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String parameterOf(DistKind kind) {
        return switch (kind) {
            case deterministic -> "value";
            case uniform, triangular -> "max";
            case lognormal, gamma -> "sd";
            default -> "mean";
        };
    }
}
