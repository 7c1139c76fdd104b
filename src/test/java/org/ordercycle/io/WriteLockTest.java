package org.ordercycle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer's lock keeps tidiers away while it lives, and no longer: not after closing, not after a kill. */
class WriteLockTest {
    @Test
    void heldInThisProcessItCannotBeTakenAgainUntilClosed(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve(".run.partial-web");
        try (WriteLock writing = WriteLock.take(folder)) {
            assertTrue(Files.exists(WriteLock.of(folder)));
            assertTrue(WriteLock.tryTake(folder).isEmpty(), "a live writer's lock is not free");
        }
        assertFalse(Files.exists(WriteLock.of(folder)), "closing deletes the lock file");
        Optional<WriteLock> free = WriteLock.tryTake(folder);
        assertTrue(free.isPresent());
        free.get().close();
    }

    @Test
    void heldByAnotherProcessItIsFreedWhenThatProcessIsKilled(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve(".run.partial-web");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldLock.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("held", out.readLine(), "the child process took the lock");
            assertTrue(WriteLock.tryTake(folder).isEmpty(), "another process's lock is not free");
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(WriteLock.of(folder)), "a killed writer leaves its lock file");
        Optional<WriteLock> free = WriteLock.tryTake(folder);
        assertTrue(free.isPresent(), "the system let go of a killed writer's lock");
        free.get().close();
        assertFalse(Files.exists(WriteLock.of(folder)));
    }

    /** The other process: takes the lock of the folder given, says so, and waits to be killed. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            WriteLock held = WriteLock.take(Path.of(args[0]));
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            held.close();
        }
    }
}
