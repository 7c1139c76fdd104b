package org.ordercycle.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.stats.ReplicationResult;

/**
 * The experiment's store of finished replications on a file system every executor can reach,
 * through Hadoop's file system API: HDFS (hdfs://...) or an object store (s3a://...); a folder on a
 * disk every executor mounts (file:/...) through Java's own file API. Files have the layout and
 * the text of {@link ResultStore}, so a local run with --resume reads what a cluster run left, and
 * the other way round. Serializable: executors write the runs they finish, so a job resubmitted
 * after a failure skips them.
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
        if (isLocal()) {
            java.nio.file.Path local = localPath(file);
            try {
                return Files.isRegularFile(local) ? ResultStore.decode(fingerprint, Files.readString(local))
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // unreadable: run it again
            }
        }
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
     * Keeps a finished run ({@code stored}: its text, {@code ResultStore.encode}): written to a
     * file of its own, then renamed into place, so that a reader never sees half a file and two
     * attempts of one task do not mix their bytes (both hold the same result).
     */
    void save(String file, String stored) {
        if (isLocal()) {
            try {
                AtomicFiles.writeString(localPath(file), stored);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save a finished run in " + root, e);
            }
            return;
        }
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

    /**
     * Whether the store is a folder on a local (or mounted) disk. Such a store is read and written
     * with Java's own file API, as a local run's: Hadoop's local file system starts a chmod process
     * for every file it creates, which cost about as much as a short replication.
     */
    private boolean isLocal() {
        return "file".equals(URI.create(root).getScheme());
    }

    private java.nio.file.Path localPath(String file) {
        return java.nio.file.Path.of(URI.create(root + "/" + file));
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
