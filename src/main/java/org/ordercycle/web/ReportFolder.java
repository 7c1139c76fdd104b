package org.ordercycle.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ordercycle.io.Folders;
import org.ordercycle.io.StagedFolder;
import org.ordercycle.io.WriteLock;
import org.ordercycle.report.Report;
import org.ordercycle.report.ReportException;
import org.ordercycle.report.office.OfficeFiles;

/**
 * The report folder of a finished web experiment, written as the command line writes its folders:
 * the name is taken first (an empty folder, never listed: it has no manifest.json), the tables,
 * report and office files go into its staging folder ({@link StagedFolder}, {@code .NAME.partial-web}),
 * which is sealed (every file's SHA-256 in the manifest) and swapped in whole. A server killed
 * meanwhile leaves only the staging folder, its lock file and the empty name, which the next start
 * removes; a staging folder whose writer is alive (its lock held) is left alone.
 */
final class ReportFolder {
    /** The key of the workbench's staging folders: {@code .NAME.partial-web} beside {@code NAME}. */
    static final String STAGING_KEY = "web";

    private ReportFolder() {
    }

    /** Writes an experiment's tables and manifest into a folder (a ComparisonFolder, SweepFolder, ... writer). */
    @FunctionalInterface
    interface Tables {
        void write(Path folder) throws IOException;
    }

    /**
     * Writes a new folder under {@code reports} and returns it; on failure leaves nothing behind.
     * Its staging folder's {@link WriteLock} is held throughout, so that another server starting
     * on the same reports folder does not take it for a killed server's leftover.
     */
    static Path write(Path reports, String scenario, String command, Tables tables, boolean deck, boolean xlsx)
            throws IOException, ReportException {
        Path folder = Folders.newReportFolder(reports, scenario, command);
        Path staging = StagedFolder.staging(folder, STAGING_KEY);
        try (WriteLock writing = WriteLock.take(staging)) {
            try {
                Files.createDirectories(staging);
                tables.write(staging);
                Report.render(staging);
                OfficeFiles.write(staging, deck, xlsx);
                StagedFolder.commit(staging, folder);
                return folder;
            } catch (IOException | ReportException | RuntimeException e) {
                deleteQuietly(staging);
                deleteQuietly(folder);
                throw e;
            }
        }
    }

    /**
     * Removes what a server stopped while writing left in {@code reports}: each folder's web staging
     * folder ({@link StagedFolder#staging}, which also knows shortened names) and its lock file, and
     * the folder itself when it is still the empty name taken before writing. A staging folder whose
     * lock another server holds is being written, and stays.
     */
    static void removeUnfinished(Path reports) {
        try (var list = Files.list(reports)) {
            for (Path taken : list.filter(Files::isDirectory).toList()) {
                Path staging = StagedFolder.staging(taken, STAGING_KEY);
                if (Files.isDirectory(staging) || Files.exists(WriteLock.of(staging))) {
                    removeIfAbandoned(taken, staging);
                }
            }
        } catch (java.nio.file.NoSuchFileException none) {
            // no reports yet
        } catch (IOException e) {
            System.err.println("Could not tidy " + reports + ": " + e.getMessage());
        }
    }

    private static void removeIfAbandoned(Path taken, Path staging) throws IOException {
        Optional<WriteLock> abandoned = WriteLock.tryTake(staging);
        if (abandoned.isEmpty()) {
            return; // another server is writing it
        }
        try (WriteLock held = abandoned.get()) {
            if (Files.isDirectory(staging)) {
                Folders.deleteTree(staging);
            }
            if (Files.isDirectory(taken)) {
                try (var inside = Files.list(taken)) {
                    if (inside.findAny().isEmpty()) {
                        Files.delete(taken);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            if (Files.exists(folder)) {
                Folders.deleteTree(folder);
            }
        } catch (IOException ignored) {
            // best effort: a folder without manifest.json is not listed among the runs
        }
    }
}
