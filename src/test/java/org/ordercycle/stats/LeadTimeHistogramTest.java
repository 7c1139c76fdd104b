package org.ordercycle.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadTimeHistogramTest {

    @Test
    void countsEachLeadTimeInItsTenthOfADay() {
        LeadTimeHistogram.Builder b = new LeadTimeHistogram.Builder();
        for (double d : new double[] {0.0, 0.05, 0.1, 0.25, 2.0, 250.0}) {
            b.add(d);
        }
        LeadTimeHistogram h = b.build();
        assertEquals(List.of(2, 1, 1), h.counts().subList(0, 3));
        assertEquals(21, h.counts().size(), "trailing empty bins dropped: the last holds 2.0 days");
        assertEquals(1, h.overflow());
        assertEquals(6, h.total());
        assertEquals(2 / 6.0, h.shareThrough(0), 1e-12);
        assertEquals(5 / 6.0, h.shareThrough(1000), 1e-12, "overflow stays above every bin");
    }

    @Test
    void emptyHistogramHasNoShare() {
        assertTrue(Double.isNaN(LeadTimeHistogram.EMPTY.shareThrough(3)));
        assertTrue(Double.isNaN(LeadTimeHistogram.EMPTY.sharesThrough(2)[1]));
    }

    /** The report's one-pass shares are the bin-by-bin ones exactly, past the last count too. */
    @Test
    void allSharesAtOnceAreEachShare() {
        java.util.Random random = new java.util.Random(7);
        LeadTimeHistogram.Builder b = new LeadTimeHistogram.Builder();
        for (int i = 0; i < 5_000; i++) {
            b.add(random.nextDouble() < 0.01 ? 150 : -Math.log(random.nextDouble()) * 4);
        }
        LeadTimeHistogram h = b.build();
        int bins = h.counts().size() + 5;
        double[] all = h.sharesThrough(bins);
        assertEquals(bins, all.length);
        for (int bin = 0; bin < bins; bin++) {
            assertEquals(h.shareThrough(bin), all[bin], 0.0, "bin " + bin);
        }
    }
}
