package org.ordercycle.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.stats.ReplicationResult;

/**
 * Finished replications kept on disk, one small JSON file each, so that an experiment killed
 * midway resumes without redoing them. A file is written atomically and names the fingerprint
 * of what produced it; a file whose fingerprint does not match the run asked for is ignored.
 * Thread safe: distinct runs write distinct files.
 */
public final class ResultStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    public ResultStore(Path root) {
        this.root = root;
    }

    /** The folder the runs are kept in. */
    public Path root() {
        return root;
    }

    /** The fingerprint of what produces a run's result: its scenario, policy and seed. */
    public static String fingerprint(RunSpec spec) {
        return Fingerprint.of(spec.scenario(), spec.policy(), spec.seed());
    }

    /** The stored result of this run, if one was finished with the same inputs ({@link #fingerprint}). */
    public Optional<ReplicationResult> find(RunSpec spec, String fingerprint) {
        Path file = root.resolve(relativePath(spec));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return decode(fingerprint, Files.readString(file));
        } catch (IOException e) {
            return Optional.empty(); // unreadable: run it again
        }
    }

    /** Keeps a finished run under its fingerprint. */
    public void save(RunSpec spec, String fingerprint, ReplicationResult result) {
        try {
            AtomicFiles.writeString(root.resolve(relativePath(spec)), encode(fingerprint, result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a finished run in " + root, e);
        }
    }

    /**
     * Where a run's file lies under a store's folder, with '/' between names: the same layout
     * whether the store is a local folder or on a shared file system.
     */
    public static String relativePath(RunSpec spec) {
        return safe(spec.point()) + "/" + safe(spec.policy().name()) + "/r" + spec.replication() + ".json";
    }

    /** The text of a store file: the run's fingerprint and its result. */
    public static String encode(String fingerprint, ReplicationResult result) {
        try {
            return JSON.writeValueAsString(new Stored(fingerprint, result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a finished run", e);
        }
    }

    /** The result a store file holds, if it was made with {@code fingerprint} and reads. */
    public static Optional<ReplicationResult> decode(String fingerprint, String text) {
        try {
            Stored stored = JSON.readValue(text, Stored.class);
            return stored.fingerprint().equals(fingerprint) ? Optional.of(stored.result()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: run it again
        }
    }

    /**
     * A folder name that cannot leave the store's folder (only letters, digits, dot, dash and
     * underscore) and that stays distinct for distinct names (a short digest of the exact name is
     * appended: "a/b" and "a_b", or "Joint" and "joint" on a case-insensitive disk, do not meet);
     * a very long name keeps a readable prefix.
     */
    public static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.chars().allMatch(ch -> ch == '.')) {
            s = "_" + s;
        }
        return org.ordercycle.io.SafeNames.shorten(s) + "-" + org.ordercycle.io.SafeNames.hash(name);
    }

    /** What a store file holds. */
    public record Stored(String fingerprint, ReplicationResult result) {
    }
}
