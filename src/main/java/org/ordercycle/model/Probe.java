package org.ordercycle.model;

import java.util.Map;
import org.ordercycle.stats.Measure;
import umontreal.ssj.stat.Tally;

/**
 * One concern's observations (delivery, billing, cost, money, planning, customer), kept in
 * streaming collectors. At the end of a replication the probe reports its own measures; no
 * other probe reports them (see {@link Metrics}, which routes the departments' reports here).
 */
interface Probe {
    /** Index meaning "the whole company" where a segment index is asked for. */
    int ALL = -1;

    /** Puts this probe's company-wide measures. */
    void report(Map<Measure, Double> out);

    /** Puts this probe's measures of one customer segment; none by default. */
    default void reportSegment(int segment, Map<Measure, Double> out) {
    }

    /** The mean of a tally, NaN when it has no observation. */
    static double mean(Tally t) {
        return t.numberObs() > 0 ? t.average() : Double.NaN;
    }

    /** A share, NaN when there is nothing to share out. */
    static double share(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }
}
