package org.ordercycle.api;

import java.util.List;
import org.ordercycle.policy.Policy;
import org.ordercycle.stats.Measure;
import org.ordercycle.stats.ReplicationResult;

/** The replications of one scenario under one policy, in replication order. Immutable. */
public record RunResult(String scenario, Policy policy, long seed, List<ReplicationResult> replications) {

    public RunResult {
        replications = List.copyOf(replications);
    }

    /** Mean over replications of a value key (see {@link ReplicationResult}); NaN values are skipped. */
    public double mean(String key) {
        double sum = 0;
        int n = 0;
        for (ReplicationResult r : replications) {
            Double v = r.values().get(key);
            if (v != null && !v.isNaN()) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean over replications of a company-wide measure. */
    public double mean(Measure measure) {
        return mean(measure.key());
    }

    /** Sample standard deviation over replications of a value key; NaN with fewer than two values. */
    public double sd(String key) {
        double m = mean(key);
        double ss = 0;
        int n = 0;
        for (ReplicationResult r : replications) {
            Double v = r.values().get(key);
            if (v != null && !v.isNaN()) {
                ss += (v - m) * (v - m);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
    }

    /** The value keys of the first replication, in order. */
    public List<String> keys() {
        return replications.isEmpty() ? List.of() : List.copyOf(replications.get(0).values().keySet());
    }
}
