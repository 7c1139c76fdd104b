package org.ordercycle.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ordercycle.io.AtomicFiles;
import org.ordercycle.io.RunManifest;
import org.ordercycle.io.SafeNames;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * What makes two experiment commands the same experiment, so that one may resume the other: the
 * command, the scenario file's contents, and every option that can change a number (seed,
 * policies, design), with the contents of the files they name. Options that only change where or
 * how the results are shown or how fast they come (--out, --threads, --quiet, --json, ...) are
 * left out, and so are the replications: replication r is the same run whatever their number,
 * so a resume may add replications to a finished experiment. Kept in an output folder as {@code .experiment.json}.
 */
final class ExperimentKey {
    /** The file of the key inside an output folder (hidden: not one of the results). */
    static final String FILE = ".experiment.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> IGNORED = Set.of("--out", "--resume", "--threads", "--quiet", "--json",
            "--force", "--no-report", "--help", "--version", "--debug", "--orders", "--replications", "--precision",
            "--max-replications", "--charts");

    private ExperimentKey() {
    }

    /** The key of the command line being run. */
    static Map<String, String> of(CommandLine cli, String command) throws IOException {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("command", command);
        for (ArgSpec p : cli.getCommandSpec().positionalParameters()) {
            key.put("scenario file contents", text(p.getValue()));
        }
        for (CommandLine.Model.OptionSpec o : cli.getCommandSpec().options()) {
            if (!IGNORED.contains(o.longestName()) && !o.usageHelp() && !o.versionHelp()) {
                key.put(o.longestName(), text(o.getValue()));
            }
        }
        return key;
    }

    /** A short stable hash of the key (names the staging folder of the experiment). */
    static String hash(Map<String, String> key) throws IOException {
        return SafeNames.hash(JSON.writeValueAsString(key));
    }

    static void write(Path folder, Map<String, String> key) throws IOException {
        AtomicFiles.writeString(folder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(key)
                + "\n");
    }

    /**
     * The key kept in an output folder; for a folder written before keys were kept, the part its
     * manifest records (command, seed, scenario contents).
     */
    static Map<String, String> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
        }
        Map<String, String> key = new LinkedHashMap<>();
        Path manifest = folder.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            JsonNode m = JSON.readTree(manifest.toFile());
            key.put("command", m.path("command").asText());
            key.put("--seed", m.path("seed").asText());
            key.put("scenario file contents", "SHA-256 " + m.path("scenario_sha256").asText());
        }
        return key;
    }

    /** What differs, in words, e.g. {@code --seed is 1 there, 2 now}; only what both record is compared. */
    static List<String> differences(Map<String, String> recorded, Map<String, String> now) {
        List<String> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(recorded.keySet());
        names.retainAll(now.keySet());
        for (String name : names) {
            String then = recorded.get(name);
            String current = now.get(name);
            if (!then.equals(current)) {
                out.add(name.startsWith("--") || name.equals("command")
                        ? Terminal.escape(name + " is " + then + " there, " + current + " now")
                        : name + " differ");
            }
        }
        return out;
    }

    /** An option's value as text; a value naming a file adds the SHA-256 of its contents. */
    private static String text(Object value) throws IOException {
        if (value instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(text(o));
            }
            return String.join(",", parts);
        }
        if (value instanceof Map<?, ?> map) {
            return map.toString();
        }
        String s = String.valueOf(value);
        if (value != null && !s.isBlank()) {
            try {
                Path file = Path.of(s.strip());
                if (Files.isRegularFile(file)) {
                    return s + " (SHA-256 " + RunManifest.sha256(file).substring(0, 12) + ")";
                }
            } catch (java.nio.file.InvalidPathException notAPath) {
                // a plain value
            }
        }
        return s;
    }
}
