package org.ordercycle.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Factorial effects of a two-level design with replications. For each replication r the effect of
 * a term is the contrast of its column on that replication's responses (mean where +1 minus mean
 * where -1); the estimate is the mean over replications with its Student-t interval, the
 * replications being independent. Main effects come first, in factor order, then one term per
 * two-factor alias chain ({@link Design#interactionChains()}), named after its first pair with the
 * other pairs as aliases. Stateless.
 */
public final class Effects {

    /**
     * One estimated term.
     *
     * @param term        the factor name, or {@code a:b} for a two-factor interaction
     * @param aliases     the interactions estimated together with this one (fractional designs), in
     *                    the same notation; empty for main effects and in full factorials
     * @param interaction true for a two-factor interaction chain
     * @param estimate    the effect (+1 minus -1) over replications
     */
    public record Term(String term, List<String> aliases, boolean interaction, Estimate estimate) {
        public Term {
            aliases = List.copyOf(aliases);
        }
    }

    private Effects() {
    }

    /**
     * The effects of a design on a response.
     *
     * @param names one name per factor
     * @param y     responses {@code [replication][run]}
     * @param level confidence level of the intervals
     */
    public static List<Term> estimate(Design design, List<String> names, double[][] y, double level) {
        if (names.size() != design.factors()) {
            throw new IllegalArgumentException(names.size() + " names for " + design.factors() + " factors");
        }
        List<Term> terms = new ArrayList<>();
        for (int j = 0; j < design.factors(); j++) {
            terms.add(new Term(names.get(j), List.of(), false, over(design.column(j), y, level)));
        }
        for (List<Design.Pair> chain : design.interactionChains()) {
            Design.Pair first = chain.get(0);
            List<String> aliases = new ArrayList<>();
            for (Design.Pair p : chain.subList(1, chain.size())) {
                aliases.add(name(names, p));
            }
            terms.add(new Term(name(names, first), aliases, true,
                    over(design.interaction(first.a(), first.b()), y, level)));
        }
        return terms;
    }

    /** {@code a:b} for a pair. */
    static String name(List<String> names, Design.Pair p) {
        return names.get(p.a()) + ":" + names.get(p.b());
    }

    private static Estimate over(int[] column, double[][] y, double level) {
        double[] perReplication = new double[y.length];
        for (int r = 0; r < y.length; r++) {
            perReplication[r] = Design.contrast(column, y[r]);
        }
        return Estimate.of(perReplication, level);
    }
}
