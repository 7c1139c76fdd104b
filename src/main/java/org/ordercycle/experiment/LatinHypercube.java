package org.ordercycle.experiment;

import java.util.List;
import org.ordercycle.engine.Streams;
import umontreal.ssj.rng.RandomStream;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979, "A comparison of three methods for
 * selecting values of input variables in the analysis of output from a computer code",
 * Technometrics 21(2):239-245): n points in the unit cube [0,1)^d such that, in every dimension,
 * each of the n strata [i/n, (i+1)/n) holds exactly one point. Dimension j uses a random
 * permutation of the strata (Fisher-Yates) and a uniform position inside each stratum, drawn in
 * a fixed order from one stream, so the design is a pure function of the stream. Stateless.
 */
public final class LatinHypercube {

    /** Constant mixed into the seed of the design stream, so it shares no numbers with the simulation streams. */
    static final long DESIGN_SEED_SALT = 0x4C48535F44455349L; // "LHS_DESI"

    private LatinHypercube() {
    }

    /** The stream of a design for {@code seed}: an SSJ MRG32k3a stream of its own package seed. */
    public static RandomStream stream(long seed) {
        return new Streams(seed ^ DESIGN_SEED_SALT, 0, List.of("latin-hypercube")).get("latin-hypercube");
    }

    /** n points of d dimensions in [0,1)^d, drawn from {@code stream}: {@code [point][dimension]}. */
    public static double[][] sample(int n, int d, RandomStream stream) {
        if (n < 1 || d < 0) {
            throw new IllegalArgumentException("a Latin hypercube needs n >= 1 and d >= 0, was n=" + n + ", d=" + d);
        }
        double[][] u = new double[n][d];
        for (int j = 0; j < d; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int k = stream.nextInt(0, i);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            for (int i = 0; i < n; i++) {
                double x = (perm[i] + stream.nextDouble()) / n;
                u[i][j] = Math.min(x, Math.nextDown((perm[i] + 1.0) / n)); // stays in its stratum despite rounding
            }
        }
        return u;
    }

    /** The stratum (0..n-1) of a value of [0,1) in an n-point design. */
    public static int stratum(double u, int n) {
        return Math.min(n - 1, (int) Math.floor(u * n));
    }
}
