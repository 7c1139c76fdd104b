package org.ordercycle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.DistKind;
import org.ordercycle.scenario.TimeUnit;
import umontreal.ssj.probdist.NormalDist;

/**
 * Each family: the mean of sample(u) over the midpoint grid u = (i + 1/2) / N approximates the
 * integral of the quantile function, i.e. the mean, up to the last cell's share of the tail
 * (below 1e-4 relative for N = 100,000 and these distributions); the tolerance is 1%.
 */
class SamplerTest {
    private static final int N = 100_000;

    private static Dist dist(DistKind kind, Double value, Double mean, Double sd, Double min, Double mode, Double max) {
        return new Dist(kind, value, mean, sd, min, mode, max, null, null, null);
    }

    private static double gridMean(Sampler s) {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double x = s.sample((i + 0.5) / N);
            assertTrue(x >= 0, "samples are non-negative");
            sum += x;
        }
        return sum / N;
    }

    private static void assertMean(double expected, Sampler s) {
        assertEquals(expected, gridMean(s), 0.01 * expected, "grid mean");
        assertEquals(expected, s.mean(), 1e-6 * expected, "closed-form mean");
    }

    @Test
    void deterministicReturnsItsValue() {
        Sampler s = Sampler.plain(Dist.fixed(7.5));
        for (double u : new double[] {1e-9, 0.3, 0.5, 0.999999}) {
            assertEquals(7.5, s.sample(u), 0.0);
        }
        assertEquals(7.5, s.mean(), 0.0);
        assertTrue(Sampler.plain(Dist.fixed(0)).isZero());
        assertTrue(!s.isZero());
    }

    @Test
    void exponential() {
        assertMean(3, Sampler.plain(Dist.exponential(3))); // mean 3
    }

    @Test
    void uniform() {
        assertMean(3.5, Sampler.plain(dist(DistKind.uniform, null, null, null, 2.0, null, 5.0))); // (2 + 5) / 2
    }

    @Test
    void triangular() {
        assertMean(3, Sampler.plain(dist(DistKind.triangular, null, null, null, 1.0, 2.0, 6.0))); // (1 + 2 + 6) / 3
    }

    @Test
    void normalTruncatedOnBothSides() {
        // symmetric truncation around the mean keeps the mean
        assertMean(5, Sampler.plain(dist(DistKind.normal, null, 5.0, 3.0, 2.0, null, 8.0)));
        // N(1, 2) truncated to [0, 50]: mean mu + sigma (phi(a) - phi(b)) / (Phi(b) - Phi(a)), a = -0.5, b = 24.5
        assertMean(truncatedNormalMean(1, 2, 0, 50), Sampler.plain(dist(DistKind.normal, null, 1.0, 2.0, null, null, 50.0)));
    }

    @Test
    void normalTruncatedAtZeroOnly() {
        // N(1, 2) truncated to [0, inf): mean mu + sigma phi(a) / (1 - Phi(a)), a = (0 - mu) / sigma = -0.5
        double expected = truncatedNormalMean(1, 2, 0, Double.POSITIVE_INFINITY);
        assertEquals(2.0183, expected, 1e-4);
        assertMean(expected, Sampler.plain(dist(DistKind.normal, null, 1.0, 2.0, null, null, null)));
        // far from the truncation point the mean is the normal mean
        assertMean(10, Sampler.plain(dist(DistKind.normal, null, 10.0, 2.0, null, null, null)));
    }

    private static double truncatedNormalMean(double mu, double sigma, double lo, double hi) {
        double a = (lo - mu) / sigma;
        double b = (hi - mu) / sigma;
        double phiB = Double.isInfinite(b) ? 0 : NormalDist.density01(b);
        return mu + sigma * (NormalDist.density01(a) - phiB) / (NormalDist.cdf01(b) - NormalDist.cdf01(a));
    }

    @Test
    void lognormalWithTheMeanAndSdOfTheVariable() {
        assertMean(5, Sampler.plain(dist(DistKind.lognormal, null, 5.0, 2.0, null, null, null)));
    }

    @Test
    void gamma() {
        assertMean(40, Sampler.plain(dist(DistKind.gamma, null, 40.0, 20.0, null, null, null)));
        assertMean(6, Sampler.plain(dist(DistKind.gamma, null, 6.0, 5.0, null, null, null)));
    }

    @Test
    void empirical() {
        Dist d = new Dist(DistKind.empirical, null, null, null, null, null, null, List.of(1.0, 2.0, 10.0),
                List.of(0.5, 0.3, 0.2), null);
        assertMean(0.5 + 0.6 + 2.0, Sampler.plain(d));
        Sampler s = Sampler.plain(d);
        assertEquals(1.0, s.sample(0.49), 0.0);
        assertEquals(2.0, s.sample(0.5), 0.0);
        assertEquals(10.0, s.sample(0.81), 0.0);
        Dist equal = new Dist(DistKind.empirical, null, null, null, null, null, null, List.of(2.0, 10.0), null, null);
        assertMean(6, Sampler.plain(equal));
    }

    @Test
    void durationsConvertToDays() {
        assertEquals(30.0 / 1440, Sampler.duration(Dist.fixed(30).in(TimeUnit.minute), TimeUnit.hour).sample(0.5), 1e-15);
        assertEquals(30.0 / 1440, Sampler.duration(Dist.fixed(30), TimeUnit.minute).sample(0.5), 1e-15, "default unit");
        assertEquals(3.0 / 24, Sampler.duration(Dist.fixed(3), TimeUnit.hour).mean(), 1e-15);
        assertEquals(2 * 7.0, Sampler.duration(Dist.fixed(2).in(TimeUnit.week), TimeUnit.day).sample(0.1), 1e-12);
        Sampler hours = Sampler.duration(Dist.exponential(2).in(TimeUnit.hour), TimeUnit.day);
        assertEquals(2.0 / 24, hours.mean(), 1e-15);
        assertEquals(2.0 / 24, gridMean(hours), 0.01 * 2 / 24);
        // the same distribution in days is 24 times longer at every u
        Sampler days = Sampler.duration(Dist.exponential(2), TimeUnit.day);
        assertEquals(24 * hours.sample(0.37), days.sample(0.37), 1e-12);
        // plain samplers ignore units (quantities, or durations always in days)
        assertEquals(30, Sampler.plain(Dist.fixed(30).in(TimeUnit.minute)).sample(0.5), 0.0);
    }

    @Test
    void samplesAreMonotoneInU() {
        Sampler s = Sampler.plain(dist(DistKind.gamma, null, 3.0, 2.0, null, null, null));
        double previous = -1;
        for (int i = 1; i < 10_000; i++) {
            double x = s.sample(i / 10_000.0);
            assertTrue(x >= previous, "inverse cdf is non-decreasing at u = " + i / 10_000.0);
            previous = x;
        }
    }
}
