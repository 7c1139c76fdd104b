package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A two-level design: {@link #runs()} rows of {@link #factors()} factors, each coded -1 or +1.
 * Every column is a product of the columns of a full 2^m factorial in m base factors (A, B, C,
 * ...), recorded as a bit mask: its <em>generator</em>.
 * <ul>
 * <li>{@link #full(int)}: the 2^k full factorial (each factor is a base factor); every main
 * effect and every interaction is estimable on its own.</li>
 * <li>{@link #fractional(int)}: a resolution IV fraction in 2^m runs, m the smallest with
 * 2^(m-1) &gt;= k. Its columns are odd-weight products of the base columns: the m base columns,
 * then the three-factor products in lexicographic order (ABC, ABD, ABE, ACD, ...), then the
 * five-factor ones. Any two odd-weight columns multiply to an even-weight column and any three
 * to an odd-weight one, so no product of two or three factors is constant: the shortest word of
 * the defining relation has length 4 (Box, Hunter and Hunter 2005, ch. 6; Montgomery, Design and
 * Analysis of Experiments, ch. 8). Main effects are therefore clear of each other and of every
 * two-factor interaction; two-factor interactions are aliased with one another in chains
 * ({@link #interactionChains()}). For 12 factors this gives 32 runs with F=ABC, G=ABD, H=ABE,
 * J=ACD, K=ACE, L=ADE, M=BCD; of the 120 ways to pick 7 of the 10 three-factor columns, this
 * one has the fewest words of length 4 (38, checked in DesignTest).</li>
 * </ul>
 * Runs are in standard order: base factor j is +1 in run i when bit j of i is set, so run 0 has
 * every factor at -1 and the last run every factor at +1. Immutable and thread safe.
 */
public final class Design {

    /** The two designs of lever attribution. */
    public enum Kind {
        /** 2^k full factorial. */
        FULL,
        /** Resolution IV fraction ({@link #fractional(int)}). */
        FRACTIONAL
    }

    /** A pair of factors (a &lt; b), i.e. a two-factor interaction. */
    public record Pair(int a, int b) {
    }

    private final Kind kind;
    private final int base;
    private final int[] masks;

    private Design(Kind kind, int base, int[] masks) {
        this.kind = kind;
        this.base = base;
        this.masks = masks.clone();
    }

    /** The 2^k full factorial, 1 &lt;= k &lt;= 20. */
    public static Design full(int k) {
        if (k < 1 || k > 20) {
            throw new IllegalArgumentException("a full factorial needs 1 to 20 factors, was " + k);
        }
        int[] masks = new int[k];
        for (int j = 0; j < k; j++) {
            masks[j] = 1 << j;
        }
        return new Design(Kind.FULL, k, masks);
    }

    /** The resolution IV fraction of k factors (1 &lt;= k &lt;= 64) in 2^m runs, 2^(m-1) &gt;= k. */
    public static Design fractional(int k) {
        if (k < 1 || k > 64) {
            throw new IllegalArgumentException("a fractional design needs 1 to 64 factors, was " + k);
        }
        int m = 1;
        while ((1 << (m - 1)) < k) {
            m++;
        }
        List<Integer> odd = new ArrayList<>();
        for (int weight = 1; weight <= m; weight += 2) {
            combinations(m, weight, 0, 0, odd);
        }
        int[] masks = new int[k];
        for (int j = 0; j < k; j++) {
            masks[j] = odd.get(j);
        }
        return new Design(Kind.FRACTIONAL, m, masks);
    }

    /** Bit masks of the subsets of {0..m-1} of the given size, in lexicographic order of their members. */
    private static void combinations(int m, int size, int from, int mask, List<Integer> out) {
        if (size == 0) {
            out.add(mask);
            return;
        }
        for (int i = from; i <= m - size; i++) {
            combinations(m, size - 1, i + 1, mask | (1 << i), out);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Number of runs (design points), 2^m. */
    public int runs() {
        return 1 << base;
    }

    public int factors() {
        return masks.length;
    }

    /** Number of base factors m. */
    public int baseFactors() {
        return base;
    }

    /** Level (-1 or +1) of a factor in a run. */
    public int level(int run, int factor) {
        return sign(run, masks[factor]);
    }

    /** The column of a factor, one level per run. */
    public int[] column(int factor) {
        return columnOf(masks[factor]);
    }

    /** The product of two factor columns: the column of their interaction. */
    public int[] interaction(int a, int b) {
        return columnOf(masks[a] ^ masks[b]);
    }

    /** The generator of a factor in base letters, e.g. {@code ABC} (letters skip I, as is customary). */
    public String generator(int factor) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < base; j++) {
            if ((masks[factor] & (1 << j)) != 0) {
                sb.append(letter(j));
            }
        }
        return sb.toString();
    }

    /** Name of base factor j: A, B, ..., H, J, ... (no I). */
    static String letter(int j) {
        char c = (char) ('A' + j);
        return String.valueOf(c >= 'I' ? (char) (c + 1) : c);
    }

    /**
     * The two-factor interactions grouped by identical columns (alias chains), each chain in
     * lexicographic order of its pairs and the chains ordered by their first pair. In a full
     * factorial every chain has one pair.
     */
    public List<List<Pair>> interactionChains() {
        Map<Integer, List<Pair>> chains = new LinkedHashMap<>();
        for (int a = 0; a < masks.length; a++) {
            for (int b = a + 1; b < masks.length; b++) {
                chains.computeIfAbsent(masks[a] ^ masks[b], x -> new ArrayList<>()).add(new Pair(a, b));
            }
        }
        List<List<Pair>> out = new ArrayList<>();
        chains.values().forEach(c -> out.add(List.copyOf(c)));
        return List.copyOf(out);
    }

    /**
     * The contrast of a column: mean of y where the column is +1 minus mean where it is -1. For a
     * main-effect column this is the factor's effect (twice its regression coefficient). NaN when
     * y holds a NaN.
     */
    public static double contrast(int[] column, double[] y) {
        if (column.length != y.length) {
            throw new IllegalArgumentException("column has " + column.length + " runs, response " + y.length);
        }
        double plus = 0;
        double minus = 0;
        int nPlus = 0;
        int nMinus = 0;
        for (int i = 0; i < y.length; i++) {
            if (column[i] > 0) {
                plus += y[i];
                nPlus++;
            } else {
                minus += y[i];
                nMinus++;
            }
        }
        return plus / nPlus - minus / nMinus;
    }

    private int[] columnOf(int mask) {
        int[] c = new int[runs()];
        for (int i = 0; i < c.length; i++) {
            c[i] = sign(i, mask);
        }
        return c;
    }

    /** Product over the base factors in mask of their levels in run i: -1 to the number of them at -1. */
    private static int sign(int run, int mask) {
        return (Integer.bitCount(~run & mask) & 1) == 0 ? 1 : -1;
    }
}
