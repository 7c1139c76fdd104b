package org.ordercycle.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exact checks of the two-level designs: balance, orthogonality, resolution IV, alias chains. */
class DesignTest {

    /** Factor letters of the 12-factor fraction, as in Montgomery's tables (no I). */
    private static final String LETTERS = "ABCDEFGHJKLM";

    @Test
    void fullFactorialHasEveryCombinationOnceInStandardOrder() {
        Design d = Design.full(4);
        assertEquals(16, d.runs());
        Set<String> rows = new HashSet<>();
        for (int i = 0; i < d.runs(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 4; j++) {
                sb.append(d.level(i, j) > 0 ? '+' : '-');
            }
            rows.add(sb.toString());
        }
        assertEquals(16, rows.size());
        assertArrayEquals(new int[] {-1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1}, d.column(0));
        assertArrayEquals(new int[] {-1, -1, 1, 1, -1, -1, 1, 1, -1, -1, 1, 1, -1, -1, 1, 1}, d.column(1));
        assertEquals(66, Design.full(12).interactionChains().size(), "every two-factor interaction is clear");
    }

    @Test
    void twelveFactorFractionHasThirtyTwoRunsAndTheDocumentedGenerators() {
        Design d = Design.fractional(12);
        assertEquals(32, d.runs());
        assertEquals(5, d.baseFactors());
        List<String> gens = new ArrayList<>();
        for (int j = 0; j < 12; j++) {
            gens.add(d.generator(j));
        }
        assertEquals(List.of("A", "B", "C", "D", "E", "ABC", "ABD", "ABE", "ACD", "ACE", "ADE", "BCD"), gens);
        for (int j = 0; j < 12; j++) {
            assertEquals(-1, d.level(0, j), "run 0 is all siloed");
            assertEquals(1, d.level(31, j), "the last run is all joint");
            assertEquals(0, sum(d.column(j)), "balanced column " + j);
        }
    }

    /** Resolution IV: main effects are orthogonal to each other and to every two-factor interaction column. */
    @Test
    void fractionHasResolutionFour() {
        for (int k : new int[] {4, 5, 8, 12, 16}) {
            Design d = Design.fractional(k);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    if (j != i) {
                        assertEquals(0, dot(d.column(i), d.column(j)), "k=" + k + " mains " + i + "," + j);
                    }
                    for (int l = j + 1; l < k; l++) {
                        assertEquals(0, dot(d.column(i), d.interaction(j, l)),
                                "k=" + k + ": main " + i + " vs interaction " + j + ":" + l);
                    }
                }
            }
        }
    }

    /** The 66 two-factor interactions of the 12-factor fraction fall in these 15 chains (F=ABC, ..., M=BCD). */
    @Test
    void listsTheTwoFactorAliasChains() {
        List<String> expected = List.of(
                "AB = CF = DG = EH = JM",
                "AC = BF = DJ = EK = GM",
                "AD = BG = CJ = EL = FM",
                "AE = BH = CK = DL",
                "AF = BC = DM = GJ = HK",
                "AG = BD = CM = FJ = HL",
                "AH = BE = FK = GL",
                "AJ = BM = CD = FG = KL",
                "AK = CE = FH = JL",
                "AL = DE = GH = JK",
                "AM = BJ = CG = DF",
                "BK = CH = EF = LM",
                "BL = DH = EG = KM",
                "CL = DK = EJ = HM",
                "EM = FL = GK = HJ");
        Design d = Design.fractional(12);
        List<String> chains = new ArrayList<>();
        int pairs = 0;
        for (List<Design.Pair> chain : d.interactionChains()) {
            List<String> names = new ArrayList<>();
            for (Design.Pair p : chain) {
                names.add("" + LETTERS.charAt(p.a()) + LETTERS.charAt(p.b()));
                assertArrayEquals(d.interaction(chain.get(0).a(), chain.get(0).b()), d.interaction(p.a(), p.b()));
            }
            pairs += chain.size();
            chains.add(String.join(" = ", names));
        }
        assertEquals(expected, chains);
        assertEquals(66, pairs);
    }

    /**
     * Of the 120 ways to pick 7 of the 10 three-factor columns of a 2^5 design, the chosen one has the
     * fewest defining words of length 4 (minimum aberration among these resolution IV choices).
     */
    @Test
    void chosenThreeFactorColumnsHaveMinimumAberration() {
        int[] triples = new int[10];
        int t = 0;
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                for (int c = b + 1; c < 5; c++) {
                    triples[t++] = (1 << a) | (1 << b) | (1 << c);
                }
            }
        }
        int best = Integer.MAX_VALUE;
        for (int choice = 0; choice < 1 << 10; choice++) {
            if (Integer.bitCount(choice) != 7) {
                continue;
            }
            List<Integer> masks = new ArrayList<>(List.of(1, 2, 4, 8, 16));
            for (int i = 0; i < 10; i++) {
                if ((choice & (1 << i)) != 0) {
                    masks.add(triples[i]);
                }
            }
            best = Math.min(best, wordsOfLengthFour(masks));
        }
        List<Integer> ours = new ArrayList<>(List.of(1, 2, 4, 8, 16));
        for (int i = 0; i < 7; i++) {
            ours.add(triples[i]);
        }
        assertEquals(38, best);
        assertEquals(best, wordsOfLengthFour(ours));
    }

    @Test
    void contrastIsMeanAtPlusMinusMeanAtMinus() {
        assertEquals(2.0, Design.contrast(new int[] {-1, 1, -1, 1}, new double[] {1, 3, 2, 4}), 1e-12);
        assertTrue(Double.isNaN(Design.contrast(new int[] {-1, 1}, new double[] {Double.NaN, 1})));
    }

    private static int wordsOfLengthFour(List<Integer> masks) {
        int n = 0;
        int k = masks.size();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                for (int c = b + 1; c < k; c++) {
                    for (int d = c + 1; d < k; d++) {
                        if ((masks.get(a) ^ masks.get(b) ^ masks.get(c) ^ masks.get(d)) == 0) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    private static int dot(int[] x, int[] y) {
        int s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static int sum(int[] x) {
        int s = 0;
        for (int v : x) {
            s += v;
        }
        return s;
    }
}
