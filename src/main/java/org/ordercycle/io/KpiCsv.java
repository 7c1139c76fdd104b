package org.ordercycle.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ordercycle.stats.ReplicationResult;

/**
 * Writes {@code kpis.csv} in long format, one row per replication and value:
 * {@code scenario,policy,seed,replication,measure,segment,value}. Segment is {@code all} for
 * company-wide values (see {@link ValueKey}); a value that was not measured (NaN) is empty.
 */
public final class KpiCsv {

    /** The header line's columns. */
    public static final List<String> COLUMNS =
            List.of("scenario", "policy", "seed", "replication", "measure", "segment", "value");

    private KpiCsv() {
    }

    /** Writes the file atomically. */
    public static void write(Path file, List<ReplicationResult> replications) throws IOException {
        AtomicFiles.write(file, out -> write(out, replications));
    }

    /** Writes the table to a writer. */
    public static void write(Writer out, List<ReplicationResult> replications) throws IOException {
        Csv.row(out, COLUMNS);
        for (ReplicationResult r : replications) {
            for (Map.Entry<String, Double> e : r.values().entrySet()) {
                ValueKey key = ValueKey.parse(e.getKey());
                Csv.row(out, List.of(r.scenario(), r.policy(), Long.toString(r.seed()),
                        Integer.toString(r.replication()), key.measure(), key.segment(), Csv.number(e.getValue())));
            }
        }
    }
}
