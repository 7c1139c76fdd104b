package org.ordercycle.model;

import java.util.List;

/**
 * The ids sales gives new leads. Lead n of segment i (counted in the segment's own arrival
 * stream, which no policy changes) gets n x segments + i, so the same id names the same customer
 * under every policy, and ids stay small. Leads passed on by service visits exist only under
 * some policies: they are numbered apart, from {@link #serviceIdBase}.
 */
final class OrderIds {
    /** Per segment, by index: leads so far (the sequence number in the next lead's id). */
    private final long[] segmentLeads;
    private long serviceLeads;
    /** Leads passed on by service visits are numbered from here, above every id a segment lead can take. */
    private final long serviceIdBase;

    OrderIds(List<SegmentModel> segments, double end) {
        this.segmentLeads = new long[segments.size()];
        this.serviceIdBase = serviceIdBase(segments, end);
    }

    /** The id of a new lead of segment {@code s}, or of a lead passed on by a service visit. */
    long next(SegmentModel s, boolean fromService) {
        if (fromService) {
            return serviceIdBase + serviceLeads++;
        }
        long id = segmentLeads[s.index]++ * segmentLeads.length + s.index;
        if (id >= serviceIdBase) { // needs about ten standard deviations more leads than expected
            throw new IllegalStateException("segment " + s.spec.id() + " has more leads than order ids reserved for it");
        }
        return id;
    }

    /**
     * A power of ten above the ids of all segment leads: each segment's lead candidates are
     * Poisson with mean maxRate x end; the bound allows ten standard deviations more.
     */
    private static long serviceIdBase(List<SegmentModel> segments, double end) {
        double most = 0;
        for (SegmentModel s : segments) {
            double mean = s.maxRate * end;
            most = Math.max(most, mean + 10 * Math.sqrt(mean) + 100);
        }
        long base = 10;
        while (base < most * Math.max(1, segments.size())) {
            base *= 10;
        }
        return base;
    }
}
