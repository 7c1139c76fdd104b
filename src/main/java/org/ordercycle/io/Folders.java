package org.ordercycle.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Folder housekeeping shared by the commands and the benchmark. */
public final class Folders {
    private Folders() {
    }

    /** Deletes a folder and what it holds; symbolic links are removed, not followed. */
    public static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * Creates and returns a new folder {@code <root>/<scenario>-<command>-<yyyyMMdd-HHmmss>[-n]}: a
     * run started in the same second as another gets the next free suffix, never the same folder.
     */
    public static Path newReportFolder(Path root, String scenario, String command) throws IOException {
        String slug = scenario.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (!slug.equals(scenario)) { // distinct names that slug alike keep distinct folders
            slug = (slug.isEmpty() ? "scenario" : slug) + "-" + SafeNames.hash(scenario);
        }
        String base = SafeNames.shorten(slug) + "-" + command + "-" + java.time.LocalDateTime.now().format(STAMP);
        Files.createDirectories(root);
        for (int n = 1; ; n++) {
            Path folder = root.resolve(n == 1 ? base : base + "-" + n);
            try {
                return Files.createDirectory(folder);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another run of the same second: try the next suffix
            }
        }
    }
}
