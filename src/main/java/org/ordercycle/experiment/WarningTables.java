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

    /**
     * The warnings of a design's points: point, then the columns of {@link #of}; each message
     * starts with its point, e.g. "at p003 (leadsPerDay=12): sales is overloaded under joint...".
     */
    static Table ofPoints(List<String> points, List<String> settings, List<Overload.Warning> warnings) {
        Table t = of(warnings);
        StringColumn messages = t.stringColumn(MESSAGE);
        for (int i = 0; i < warnings.size(); i++) {
            messages.set(i, "at " + points.get(i) + " (" + settings.get(i) + "): " + messages.get(i));
        }
        return t.insertColumn(0, StringColumn.create(Columns.POINT, points));
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
