package org.ordercycle.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * The named random streams of one replication. Stream i of the list of names is the i-th
 * MRG32k3a stream after the package seed derived from the user's seed, so the same names in
 * the same order always give the same streams; replication r then moves every stream to its
 * substream r, so every policy sees the same numbers (common random numbers).
 *
 * <p>SSJ's MRG32k3a keeps the next stream's seed in a static field that is not thread safe;
 * creation is therefore serialised on the class and the package seed is set explicitly each
 * time, so that neither threads nor earlier runs in the same JVM change the streams.
 *
 * <p>The streams handed out are {@link FastMrg32k3a}: SSJ's numbers, bit for bit, faster.
 */
public final class Streams {
    private static final long M1 = 4294967087L;
    private static final long M2 = 4294944443L;

    private final Map<String, RandomStream> byName = new LinkedHashMap<>();

    /** Creates the streams {@code names}, in order, for {@code seed} and replication {@code replication}. */
    public Streams(long seed, int replication, List<String> names) {
        synchronized (MRG32k3a.class) {
            MRG32k3a.setPackageSeed(packageSeed(seed));
            for (String name : names) {
                if (byName.containsKey(name)) {
                    throw new IllegalArgumentException("duplicate stream name " + name);
                }
                byName.put(name, new MRG32k3a(name));
            }
        }
        for (Map.Entry<String, RandomStream> e : byName.entrySet()) {
            RandomStream s = e.getValue();
            for (int r = 0; r < replication; r++) {
                s.resetNextSubstream();
            }
            // the same numbers, drawn faster (see FastMrg32k3a)
            e.setValue(new FastMrg32k3a((MRG32k3a) s));
        }
    }

    /** The stream with this name; fails loudly on an unknown name (a programming error). */
    public RandomStream get(String name) {
        RandomStream s = byName.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no random stream named " + name);
        }
        return s;
    }

    /** The names in creation order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** A valid MRG32k3a seed (three values below m1, three below m2, none all zero) from any long. */
    static long[] packageSeed(long seed) {
        long[] s = new long[6];
        long x = seed;
        for (int i = 0; i < 6; i++) {
            x += 0x9E3779B97F4A7C15L;
            long z = x;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            long m = i < 3 ? M1 : M2;
            s[i] = 1 + Math.floorMod(z, m - 1); // in [1, m-1]: never all zero
        }
        return s;
    }
}
