package org.ordercycle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.ordercycle.experiment.ResultStore;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.io.RunManifest;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --out DIR} folder of the sweep and attribute commands: created before a long run, its
 * store of finished runs ({@code DIR/.runs}) cleared unless resuming, and the common part of
 * {@code manifest.json}.
 */
final class ExperimentFolder {
    /** Folder of the finished runs inside --out. */
    static final String RUNS = ".runs";
    static final ObjectMapper JSON = new ObjectMapper();

    private ExperimentFolder() {
    }

    /** Checks the options, creates the folder and returns its store (null without --out). */
    static ResultStore prepare(CommandLine cli, Path out, boolean resume) throws IOException {
        if (out == null) {
            if (resume) {
                throw new ParameterException(cli, "Option '--resume' needs '--out DIR': the folder of the run to "
                        + "continue.");
            }
            return null;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ParameterException(cli, "Invalid value for option '--out': cannot create the folder "
                    + out + " (" + Main.describe(e) + ").");
        }
        if (!Files.isWritable(out)) {
            throw new ParameterException(cli, "Invalid value for option '--out': the folder " + out
                    + " cannot be written to.");
        }
        Path runs = out.resolve(RUNS);
        if (!resume && Files.exists(runs)) {
            deleteTree(runs);
        }
        removeLeftovers(out);
        return new ResultStore(runs);
    }

    /** The manifest fields every experiment shares; the caller adds its design. */
    static ObjectNode manifest(String command, Path scenarioFile, String scenarioName, long seed, int replications,
                               boolean resumed, List<String> arguments) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", command);
        root.put("scenario", scenarioName);
        root.put("scenario_file", scenarioFile.getFileName().toString());
        root.put("scenario_sha256", RunManifest.sha256(scenarioFile));
        root.put("seed", seed);
        root.put("replications", replications);
        root.put("common_random_numbers", true);
        root.put("resumed", resumed);
        root.put("ordercycle_version", Main.version());
        root.put("java_version", System.getProperty("java.version"));
        root.put("java_vendor", System.getProperty("java.vendor"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        root.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("command_line", RunManifest.commandLine(arguments));
        return root;
    }

    /** Puts every entry of a map as a text field. */
    static void putAll(ObjectNode node, Map<String, String> map) {
        map.forEach(node::put);
    }

    /** Writes a manifest atomically. */
    static void write(Path file, ObjectNode manifest) throws IOException {
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    }

    /** The hidden temporary files of {@code AtomicFiles}: {@code .<name>.<uuid>.tmp}. */
    private static final java.util.regex.Pattern LEFTOVER = java.util.regex.Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /**
     * Deletes the temporary files a killed run left behind: in the folder itself (not below it,
     * since --out may be any folder of the user's) and anywhere in its store.
     */
    private static void removeLeftovers(Path out) throws IOException {
        for (Path root : new Path[] {out, out.resolve(RUNS)}) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (var files = Files.walk(root, root.equals(out) ? 1 : Integer.MAX_VALUE)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (LEFTOVER.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** Deletes a folder and what it holds; symbolic links are removed, not followed. */
    private static void deleteTree(Path root) throws IOException {
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
}
