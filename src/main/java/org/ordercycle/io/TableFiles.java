package org.ordercycle.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ordercycle.engine.Parallel;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw {@link Table} as CSV with the conventions of {@link Csv}: a header line of
 * column names, numbers in plain decimal notation (no exponent, no trailing zeros), NaN and
 * missing values as empty fields, lines ending with {@code \n}. The text depends only on the
 * table's content, so two equal tables give byte-identical files. Stateless and thread safe.
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** Writes the table to {@code file} atomically: a failure leaves any previous file untouched. */
    public static void writeCsv(Path file, Table table) throws IOException {
        AtomicFiles.write(file, out -> writeCsv(out, table));
    }

    /**
     * Writes each table to its file name in {@code folder}, atomically, on every processor (each
     * file is written whole by one thread); the first failure, in the map's order, is thrown.
     */
    public static void writeCsvs(Path folder, Map<String, Table> tables) throws IOException {
        List<Map.Entry<String, Table>> entries = List.copyOf(tables.entrySet());
        List<IOException> failures = Parallel.map(entries, Runtime.getRuntime().availableProcessors(), t -> {
            try {
                writeCsv(folder.resolve(t.getKey()), t.getValue());
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        for (IOException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The CSV text of each table, by file name, in the map's order. */
    public static Map<String, String> csvs(Map<String, Table> tables) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        tables.forEach((name, table) -> texts.put(name, csv(table)));
        return texts;
    }

    /** Writes the table to a writer. */
    public static void writeCsv(Writer out, Table table) throws IOException {
        Csv.row(out, table.columnNames());
        List<String> cells = new ArrayList<>(table.columnCount());
        for (int row = 0; row < table.rowCount(); row++) {
            cells.clear();
            for (Column<?> column : table.columns()) {
                cells.add(cell(column, row));
            }
            Csv.row(out, cells);
        }
    }

    /** The CSV text of a table (for tests and small tables). */
    public static String csv(Table table) {
        StringWriter out = new StringWriter();
        try {
            writeCsv(out, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumberColumn<?, ?> number) {
            return Csv.number(number.getDouble(row));
        }
        return column.getString(row);
    }
}
