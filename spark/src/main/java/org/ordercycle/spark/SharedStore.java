package org.ordercycle.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.stats.ReplicationResult;

/**
 * The experiment's store of finished replications on a file system every executor can reach,
 * through Hadoop's file system API: a local folder (file:/...), HDFS (hdfs://...) or an object
 * store (s3a://...). Files have the layout and the text of {@link ResultStore}, so a local run
 * with --resume reads what a cluster run left, and the other way round. Serializable: executors
 * write the runs they finish, so a job resubmitted after a failure skips them.
 */
final class SharedStore implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String root;
    private final Map<String, String> hadoopSettings;

    /**
     * @param root           the store's folder as a URI
     * @param hadoopSettings Hadoop settings the executors need (Spark's spark.hadoop.* settings,
     *                       e.g. object store credentials), without the prefix
     */
    SharedStore(String root, Map<String, String> hadoopSettings) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.hadoopSettings = Map.copyOf(hadoopSettings);
    }

    String root() {
        return root;
    }

    /** The run stored at {@code file} (relative to the root), if one was made with {@code fingerprint}. */
    Optional<ReplicationResult> find(String file, String fingerprint) {
        Path path = path(file);
        try {
            FileSystem fs = fileSystem();
            if (!fs.exists(path)) {
                return Optional.empty();
            }
            try (InputStream in = fs.open(path)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                return ResultStore.decode(fingerprint, bytes.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty(); // unreadable: run it again
        }
    }

    /**
     * Keeps a finished run ({@code stored}: its text, {@code ResultStore.encode}): written to a file of its own, then renamed into place, so that a
     * reader never sees half a file and two attempts of one task do not mix their bytes (both
     * hold the same result; the first rename wins).
     */
    void save(String file, String stored) {
        Path target = path(file);
        Path partial = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".partial");
        try {
            FileSystem fs = fileSystem();
            fs.mkdirs(target.getParent());
            try (OutputStream out = fs.create(partial, true)) {
                out.write(stored.getBytes(StandardCharsets.UTF_8));
            }
            if (fs.exists(target) || !fs.rename(partial, target)) {
                fs.delete(partial, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a finished run in " + root, e);
        }
    }

    /** Removes every stored run (a new run without --resume starts afresh). */
    void clear() {
        try {
            Path path = new Path(root);
            FileSystem fs = fileSystem();
            if (fs.exists(path)) {
                fs.delete(path, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the store of finished runs " + root, e);
        }
    }

    private Path path(String file) {
        return new Path(root + "/" + file);
    }

    private FileSystem fileSystem() throws IOException {
        Configuration conf = new Configuration();
        hadoopSettings.forEach(conf::set);
        FileSystem fs = FileSystem.get(URI.create(root), conf);
        // on a local disk, no .crc files beside the runs: the store's own fingerprint guards them
        fs.setWriteChecksum(false);
        fs.setVerifyChecksum(false);
        return fs;
    }
}
