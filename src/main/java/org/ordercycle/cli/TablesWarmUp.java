package org.ordercycle.cli;

/**
 * Starts the table library's one-off set-up on a background thread while the replications run.
 * Tablesaw's {@code Table} class, when first loaded, scans the whole jar for its readers and
 * writers (about a sixth of drawing a report, docs/performance.md); done here, that scan overlaps
 * the simulation instead of delaying the tables and the report after it. Loading a class twice is
 * harmless: a thread that needs {@code Table} while the scan runs simply waits for it, so results
 * and files do not change.
 */
final class TablesWarmUp {
    private static final String TABLE = "tech.tablesaw.api.Table";

    private TablesWarmUp() {
    }

    /** Starts the set-up and returns at once (once the set-up has run, loading again does nothing). */
    static void start() {
        Thread t = new Thread(TablesWarmUp::load, "tables-warm-up");
        t.setDaemon(true); // never keeps a finished command alive
        t.start();
    }

    private static void load() {
        try {
            Class.forName(TABLE, true, TablesWarmUp.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
            // nothing to do here: the first real use of the tables reports the problem with its context
        }
    }
}
