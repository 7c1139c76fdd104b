package org.ordercycle.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ordercycle.io.ExperimentManifest;
import org.ordercycle.io.TableFiles;

/**
 * The files of a finished comparison in its report folder: every table under {@code tables/} and
 * {@code manifest.json}, each written atomically. {@code ordercycle compare --out} and the web
 * workbench both write through here, so that their folders are the same.
 */
public final class ComparisonFolder {
    /** Folder of the tables inside a report folder (the one {@code Report} reads). */
    public static final String TABLES = "tables";

    private ComparisonFolder() {
    }

    /**
     * Writes the tables and the manifest of {@code c} into {@code out}.
     *
     * @param precision relative precision target, or NaN for a fixed number of replications
     * @param arguments the command line (or its equivalent) recorded in the manifest
     */
    public static void write(Path out, Comparison c, Path scenarioFile, long seed, double precision,
                             int maxReplications, boolean resumed, String version, List<String> arguments)
            throws IOException {
        Path tables = out.resolve(TABLES);
        TableFiles.writeCsvs(tables, c.tables());
        new ExperimentManifest(scenarioFile, c.scenario(), c.policies(), seed, c.replications(), precision,
                maxReplications, c.warmupDays(), c.warmupMethod(), resumed, version, arguments)
                .write(out.resolve("manifest.json"));
    }
}
