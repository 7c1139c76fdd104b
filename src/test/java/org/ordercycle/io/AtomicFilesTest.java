package org.ordercycle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsMissingFoldersAndWrites() throws IOException {
        Path file = dir.resolve("a/b/out.txt");
        AtomicFiles.writeString(file, "héllo\n");
        assertEquals("héllo\n", Files.readString(file));
        assertEquals(1, fileCount(file.getParent()), "no temporary file left");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicFiles.writeString(file, "old");
        AtomicFiles.writeString(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(1, fileCount(dir));
    }

    @Test
    void aFailingWriteLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("kpis.csv");
        AtomicFiles.writeString(file, "good content\n");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of a new file");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("good content\n", Files.readString(file));
        assertEquals(1, fileCount(dir), "the temporary file is removed");
    }

    @Test
    void aRuntimeFailureAlsoLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("kpis.csv");
        AtomicFiles.writeString(file, "good");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write("partial");
            throw new IllegalStateException("engine failed");
        }));
        assertEquals("good", Files.readString(file));
        assertEquals(1, fileCount(dir));
    }

    @Test
    void pendingWithoutCommitChangesNothing() throws IOException {
        Path file = dir.resolve("orders.csv");
        try (AtomicFiles.Pending pending = AtomicFiles.open(file)) {
            pending.writer().write("rows being streamed");
            assertFalse(Files.exists(file), "the target appears only on commit");
        }
        assertFalse(Files.exists(file));
        assertEquals(0, fileCount(dir));
    }

    @Test
    void pendingCommitMovesIntoPlace() throws IOException {
        Path file = dir.resolve("orders.csv");
        try (AtomicFiles.Pending pending = AtomicFiles.open(file)) {
            pending.writer().write("id\n1\n");
            pending.commit();
        }
        assertTrue(Files.exists(file));
        assertEquals("id\n1\n", Files.readString(file));
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
