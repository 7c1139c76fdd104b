package org.ordercycle.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a reader never sees a half-written file and a failed write never
 * replaces a good one: the text goes to a hidden temporary file in the target's folder, which is
 * moved over the target with {@link StandardCopyOption#ATOMIC_MOVE} only once it is complete.
 * Text is UTF-8. Not thread safe: one writer per {@link Pending}.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Something that writes a file's text. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes the target atomically; when {@code content} throws, the target is left untouched. */
    public static void write(Path target, Content content) throws IOException {
        try (Pending pending = open(target)) {
            content.writeTo(pending.writer());
            pending.commit();
        }
    }

    /** Writes a string to the target atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /** Writes bytes (e.g. a zipped office file) to the target atomically, the same way as text. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Opens a temporary file for a target that is written over time (e.g. while a simulation
     * runs). Call {@link Pending#commit()} when done; closing without commit deletes the
     * temporary file and leaves the target as it was.
     */
    public static Pending open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        // CREATE_NEW (rather than createTempFile) keeps the usual permissions of new files.
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                StandardCharsets.UTF_8));
        return new Pending(absolute, temp, writer);
    }

    /** A file being written; see {@link AtomicFiles#open(Path)}. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path temp;
        private final Writer writer;
        private boolean done;

        private Pending(Path target, Path temp, Writer writer) {
            this.target = target;
            this.temp = temp;
            this.writer = writer;
        }

        /** The writer of the temporary file. */
        public Writer writer() {
            return writer;
        }

        /** The file that {@link #commit()} replaces. */
        public Path target() {
            return target;
        }

        /** Flushes, closes and moves the temporary file over the target. */
        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException("already closed: " + target);
            }
            writer.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        }

        /** Without a commit: discards the temporary file. After a commit: does nothing. */
        @Override
        public void close() throws IOException {
            if (done) {
                return;
            }
            done = true;
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
