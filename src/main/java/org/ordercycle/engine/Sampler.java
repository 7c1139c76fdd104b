package org.ordercycle.engine;

import java.util.List;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.DistLaw;
import org.ordercycle.scenario.TimeUnit;
import umontreal.ssj.probdist.ContinuousDistribution;

/**
 * A distribution ready to sample by inversion: {@code sample(u)} is a pure function of one
 * uniform, through SSJ's inverse distribution functions, so that a draw can be tied to the
 * order it belongs to (synchronised common random numbers). Durations come out in days.
 */
public final class Sampler {
    private final ContinuousDistribution dist; // null for deterministic and empirical
    private InverseTable table; // for distributions whose exact inverse is slow
    private boolean exponential;
    private final double constant;
    private final double[] values;
    private final double[] cumulative;
    private final double scale;
    private final double mean;

    private Sampler(ContinuousDistribution dist, double constant, double[] values, double[] cumulative,
                    double scale, double mean) {
        this.dist = dist;
        this.constant = constant;
        this.values = values;
        this.cumulative = cumulative;
        this.scale = scale;
        this.mean = mean;
    }

    /** A sampler of a duration, converted to days from its own unit or {@code defaultUnit}. */
    public static Sampler duration(Dist d, TimeUnit defaultUnit) {
        TimeUnit unit = d.unit() != null ? d.unit() : defaultUnit;
        return of(d, unit.days());
    }

    /** A sampler of a quantity that is not a duration, or of a duration always in days. */
    public static Sampler plain(Dist d) {
        return of(d, 1.0);
    }

    private static Sampler of(Dist d, double scale) {
        return switch (d.dist()) {
            case deterministic -> new Sampler(null, d.value(), null, null, scale, d.value() * scale);
            case exponential -> {
                Sampler s = continuous(DistLaw.of(d), scale);
                s.exponential = true;
                yield s;
            }
            case uniform, triangular, normal, lognormal -> continuous(DistLaw.of(d), scale);
            case gamma -> {
                double shape = DistLaw.gammaShape(d);
                ContinuousDistribution gamma = DistLaw.of(d);
                Sampler s = continuous(gamma, scale);
                if (shape >= 1) { // below 1 the density is infinite at 0 and a linear table is poor there
                    s.table = InverseTable.of(List.of("gamma", shape, DistLaw.gammaRate(d)), gamma);
                }
                yield s;
            }
            case empirical -> empirical(d, scale);
        };
    }

    private static Sampler continuous(ContinuousDistribution dist, double scale) {
        return new Sampler(dist, 0, null, null, scale, dist.getMean() * scale);
    }

    private static Sampler empirical(Dist d, double scale) {
        int n = d.values().size();
        double[] values = new double[n];
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += d.weights() == null ? 1 : d.weights().get(i);
        }
        double acc = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double w = (d.weights() == null ? 1 : d.weights().get(i)) / total;
            values[i] = d.values().get(i);
            acc += w;
            cumulative[i] = acc;
            mean += w * values[i];
        }
        cumulative[n - 1] = 1.0;
        return new Sampler(null, 0, values, cumulative, scale, mean * scale);
    }

    /** The value at probability level {@code u} in (0, 1), in days for durations. */
    public double sample(double u) {
        if (exponential) {
            return exponential(u, mean);
        }
        if (table != null) {
            return table.inverse(u) * scale;
        }
        if (dist != null) {
            return Math.max(0, dist.inverseF(u)) * scale;
        }
        if (values == null) {
            return constant * scale;
        }
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return values[i] * scale;
            }
        }
        return values[values.length - 1] * scale;
    }

    /**
     * The exponential distribution's inverse at u in (0, 1): -mean ln(1 - u), as SSJ's
     * {@code ExponentialDist.inverseF} but through {@code Math.log}, which the JVM compiles to
     * a machine instruction, where {@code Math.log1p} is a library call several times slower.
     * For u below 1e-8 the value loses relative precision; such a value is below 1e-8 of the mean.
     */
    public static double exponential(double u, double mean) {
        return -mean * Math.log(1 - u);
    }

    /** The mean (after truncation at zero is not accounted for: distributions are non-negative by validation). */
    public double mean() {
        return mean;
    }

    /** True when every sample is zero: the step takes no time. */
    public boolean isZero() {
        return dist == null && values == null && constant == 0;
    }
}
