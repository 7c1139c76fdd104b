package org.ordercycle.experiment;

import java.util.List;
import org.ordercycle.stats.Overload;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The saved table of overloaded departments and lines ({@code warnings.csv}): one row per
 * warning, with the sentence a report shows, so that a report drawn from the folder shows the
 * same warnings as the run that wrote it. An empty table (header only) means nothing was flagged.
 */
final class WarningTables {
    static final String DEPARTMENT = "department";
    static final String KIND = "kind";
    static final String MESSAGE = "message";

    private WarningTables() {
    }

    /** policy, department, kind, utilisation, queue_first, queue_last, message. */
    static Table of(List<Overload.Warning> warnings) {
        StringColumn pc = StringColumn.create(Columns.POLICY);
        StringColumn dc = StringColumn.create(DEPARTMENT);
        StringColumn kc = StringColumn.create(KIND);
        DoubleColumn uc = DoubleColumn.create(Overload.UTILISATION);
        DoubleColumn fc = DoubleColumn.create(Overload.QUEUE_FIRST);
        DoubleColumn lc = DoubleColumn.create(Overload.QUEUE_LAST);
        StringColumn mc = StringColumn.create(MESSAGE);
        for (Overload.Warning w : warnings) {
            pc.append(w.policy());
            dc.append(w.department());
            kc.append(w.kind());
            uc.append(w.utilisation());
            fc.append(w.queueFirst());
            lc.append(w.queueLast());
            mc.append(w.sentence());
        }
        return Table.create("warnings", pc, dc, kc, uc, fc, lc, mc);
    }
}
