package org.ordercycle.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A lock file held while a folder is being written ({@code FOLDER.lock} beside it), so that
 * another process tidying up after a killed writer leaves a live one alone. The operating system
 * releases the lock when its holder dies, so a lock that can be taken belongs to nobody. Closing
 * deletes the file, then releases the lock; a process that opened the file just before may then
 * take the lock of a file no longer listed, so a tidier checks, once it holds the lock, that what
 * it came to remove is still there.
 */
public final class WriteLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code folder}. */
    public static Path of(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".lock");
    }

    /** Takes the lock of {@code folder}, waiting while another process holds it. */
    public static WriteLock take(Path folder) throws IOException {
        Path file = of(folder);
        while (true) {
            FileChannel channel = open(file);
            try {
                FileLock lock = channel.lock();
                if (Files.exists(file)) {
                    return new WriteLock(file, channel, lock);
                }
                // its holder deleted it as it let go: this lock guards nothing any more, take a new one
                lock.release();
                channel.close();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    /** The lock of {@code folder} if nobody holds it (in this process or another), else empty. */
    public static Optional<WriteLock> tryTake(Path folder) throws IOException {
        Path file = of(folder);
        FileChannel channel = open(file);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new WriteLock(file, channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // another writer in this JVM holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file); // first: whoever opens the name later gets a new, free file
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
