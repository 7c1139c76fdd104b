package org.ordercycle.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.ordercycle.stats.PeriodRecord;
import org.ordercycle.stats.ReplicationResult;

/**
 * Writes {@code periods.csv}: what planning saw and did, per replication, planning period and
 * product (see {@link PeriodRecord} for the meaning and units of each column).
 */
public final class PeriodCsv {

    /** The header line's columns. */
    public static final List<String> COLUMNS = List.of("scenario", "policy", "seed", "replication", "period",
            "start_day", "product", "demand", "forecast", "plan", "ordered", "produced", "inventory", "backlog",
            "base", "inflation", "inflation_estimate", "forecast_error");

    private PeriodCsv() {
    }

    /** Writes the file atomically. */
    public static void write(Path file, List<ReplicationResult> replications) throws IOException {
        AtomicFiles.write(file, out -> write(out, replications));
    }

    /** Writes the table to a writer. */
    public static void write(Writer out, List<ReplicationResult> replications) throws IOException {
        Csv.row(out, COLUMNS);
        for (ReplicationResult r : replications) {
            for (PeriodRecord p : r.periods()) {
                Csv.row(out, List.of(r.scenario(), r.policy(), Long.toString(r.seed()),
                        Integer.toString(r.replication()), Integer.toString(p.period()), Csv.number(p.startDay()),
                        p.product(), Csv.number(p.demand()), Csv.number(p.forecast()), Csv.number(p.plan()),
                        Csv.number(p.ordered()), Csv.number(p.produced()), Csv.number(p.inventory()),
                        Csv.number(p.backlog()), Csv.number(p.base()), Csv.number(p.inflation()),
                        Csv.number(p.inflationEstimate()), Csv.number(p.forecastError())));
            }
        }
    }
}
