package org.ordercycle.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output folder replaced only as a whole. Its files are written into a hidden sibling staging
 * folder {@code .NAME.partial-KEY}; once everything is there, the SHA-256 of every visible file is
 * recorded in its {@code manifest.json} ({@code files}) and the staging folder is swapped in: the
 * old folder is renamed aside ({@code .NAME.old-...}), the new one renamed in, the old one
 * deleted. Renames on one file system are atomic, so a kill leaves the old complete folder or the
 * new one; {@link #restoreInterruptedSwap} repairs the one gap between the two renames.
 */
public final class StagedFolder {
    /** The manifest field that lists the folder's files and their SHA-256. */
    public static final String FILES = "files";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StagedFolder() {
    }

    /** The staging folder of {@code target} for the experiment whose key hashes to {@code key}. */
    public static Path staging(Path target, String key) {
        return sibling(target, ".partial-" + key);
    }

    /** Every staging folder of {@code target}, of any experiment. */
    public static List<Path> stagings(Path target) throws IOException {
        return siblings(target, ".partial-");
    }

    /**
     * Finishes or undoes a swap a kill interrupted: with the target gone, the old folder renamed
     * aside is put back; with the target in place, old folders left aside are deleted.
     */
    public static void restoreInterruptedSwap(Path target) throws IOException {
        for (Path old : siblings(target, ".old-")) {
            if (Files.exists(target)) {
                Folders.deleteTree(old);
            } else {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** Records the files in the staging folder's manifest, then swaps it in place of {@code target}. */
    public static void commit(Path staging, Path target) throws IOException {
        Path manifest = staging.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            ObjectNode m = (ObjectNode) JSON.readTree(manifest.toFile());
            m.remove(FILES);
            files(staging).forEach(m.putObject(FILES)::put);
            AtomicFiles.writeString(manifest, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n");
        }
        Path old = null;
        if (Files.exists(target)) {
            old = sibling(target, ".old-" + UUID.randomUUID());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            Folders.deleteTree(old);
        }
    }

    /**
     * The SHA-256 of every visible file below {@code folder} but the manifest, by path relative to
     * it ({@code /} between names), sorted. Hidden files and folders (a name starting with a dot,
     * such as the store of finished runs) are left out.
     */
    public static Map<String, String> files(Path folder) throws IOException {
        List<Path> listed = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path rel = folder.relativize(p);
                if (Files.isRegularFile(p) && !hidden(rel) && !rel.toString().equals("manifest.json")) {
                    listed.add(p);
                }
            }
        }
        // a report's charts are a few megabytes: hashed on every processor, the map is the same
        List<String> hashes;
        try {
            hashes = org.ordercycle.engine.Parallel.map(listed, Runtime.getRuntime().availableProcessors(), p -> {
                try {
                    return RunManifest.sha256(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < listed.size(); i++) {
            Path rel = folder.relativize(listed.get(i));
            files.put(rel.toString().replace(rel.getFileSystem().getSeparator(), "/"), hashes.get(i));
        }
        return files;
    }

    /**
     * What in {@code folder} does not belong to its manifest {@code m}: files changed, missing or
     * added since the manifest was written. Empty when they match, or when the manifest records
     * no files (written before OrderCycle recorded them).
     */
    public static List<String> mismatches(Path folder, JsonNode m) throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode recorded = m.path(FILES);
        if (!recorded.isObject()) {
            return problems;
        }
        Map<String, String> now = files(folder);
        for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String sha = now.remove(e.getKey());
            if (sha == null) {
                problems.add(e.getKey() + " is missing");
            } else if (!sha.equals(e.getValue().asText())) {
                problems.add(e.getKey() + " has changed");
            }
        }
        now.keySet().forEach(name -> problems.add(name + " is not listed in the manifest"));
        return problems;
    }

    /** Copies a folder and everything below it. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path copy = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path sibling(Path target, String suffix) {
        Path abs = target.toAbsolutePath().normalize();
        return abs.resolveSibling("." + SafeNames.shorten(abs.getFileName() + suffix));
    }

    private static List<Path> siblings(Path target, String infix) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        String prefix = "." + abs.getFileName() + infix;
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .sorted().toList();
        }
    }
}
