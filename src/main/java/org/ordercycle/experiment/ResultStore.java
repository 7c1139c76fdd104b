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

    /** The stored result of this run, if one was finished with the same inputs. */
    public Optional<ReplicationResult> find(RunSpec spec) {
        Path file = file(spec);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            if (!stored.fingerprint().equals(Fingerprint.of(spec.scenario(), spec.policy(), spec.seed()))) {
                return Optional.empty();
            }
            return Optional.of(stored.result());
        } catch (IOException e) {
            return Optional.empty(); // unreadable: run it again
        }
    }

    /** Keeps a finished run. */
    public void save(RunSpec spec, ReplicationResult result) {
        Stored stored = new Stored(Fingerprint.of(spec.scenario(), spec.policy(), spec.seed()), result);
        try {
            AtomicFiles.writeString(file(spec), JSON.writeValueAsString(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a finished run in " + root, e);
        }
    }

    private Path file(RunSpec spec) {
        return root.resolve(safe(spec.point())).resolve(safe(spec.policy().name()))
                .resolve("r" + spec.replication() + ".json");
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
