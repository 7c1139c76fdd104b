package org.ordercycle.stats;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Lead times of the orders delivered after the warm-up, counted in bins of {@link #BIN_DAYS}:
 * {@code counts.get(i)} orders took at least {@code i * binDays} and less than
 * {@code (i + 1) * binDays} days; {@code overflow} took {@link #MAX_DAYS} days or more. Trailing
 * empty bins are dropped. Enough to draw the distribution exactly to a tenth of a day.
 */
public record LeadTimeHistogram(double binDays, List<Integer> counts, int overflow) implements Serializable {
    public static final double BIN_DAYS = 0.1;
    public static final double MAX_DAYS = 100;
    /** A histogram without observations. */
    public static final LeadTimeHistogram EMPTY = new LeadTimeHistogram(BIN_DAYS, List.of(), 0);

    public LeadTimeHistogram {
        counts = List.copyOf(counts);
    }

    /** Orders counted, overflow included. */
    public long total() {
        long n = overflow;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** Share of the orders with a lead time below {@code (bin + 1) * binDays}; NaN when empty. */
    public double shareThrough(int bin) {
        return sharesThrough(bin + 1)[bin];
    }

    /**
     * {@link #shareThrough} of the first {@code bins} bins at once (bins past the last count hold
     * every order but the overflow): one pass, where a table of the distribution asks for each bin.
     */
    public double[] sharesThrough(int bins) {
        double[] shares = new double[bins];
        long n = total();
        long below = 0;
        for (int b = 0; b < bins; b++) {
            if (b < counts.size()) {
                below += counts.get(b);
            }
            shares[b] = n == 0 ? Double.NaN : below / (double) n;
        }
        return shares;
    }

    /** Counts lead times as they come; not thread safe (one per replication). */
    public static final class Builder {
        private final int[] bins = new int[(int) Math.round(MAX_DAYS / BIN_DAYS)];
        private int overflow;

        public void add(double days) {
            int i = (int) Math.floor(Math.max(0, days) / BIN_DAYS);
            if (i >= bins.length) {
                overflow++;
            } else {
                bins[i]++;
            }
        }

        public LeadTimeHistogram build() {
            int last = bins.length - 1;
            while (last >= 0 && bins[last] == 0) {
                last--;
            }
            List<Integer> counts = new ArrayList<>(last + 1);
            for (int i = 0; i <= last; i++) {
                counts.add(bins[i]);
            }
            return new LeadTimeHistogram(BIN_DAYS, counts, overflow);
        }
    }
}
