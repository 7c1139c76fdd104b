package org.ordercycle.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ordercycle.scenario.bind.Node;
import org.ordercycle.scenario.bind.Overrides;
import org.ordercycle.scenario.bind.Reporter;
import org.ordercycle.scenario.bind.ScenarioBinding;
import org.ordercycle.scenario.bind.YamlReader;

/**
 * Reads and validates scenario files. Every problem of a file is reported at once, each with
 * its line, column and field path. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    /** Largest scenario text accepted, in characters: far above any real scenario, far below a slow parse. */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** Largest scenario or policy file read, in bytes: room for {@link #MAX_CHARACTERS} characters of UTF-8. */
    public static final int MAX_BYTES = 4 * MAX_CHARACTERS;

    private ScenarioLoader() {
    }

    /** Loads and validates a scenario file; errors name the file as {@code file.toString()}. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, Map.of());
    }

    /**
     * Loads a scenario file with some fields replaced, each addressed by its path
     * (e.g. {@code steps.planning.inflationMean} or {@code segments[0].leadsPerDay}) and given as YAML text
     * (e.g. {@code "0.3"} or {@code "{dist: exponential, mean: 2}"}). Overrides are applied to the file's
     * YAML tree before validation, in the map's iteration order (use a LinkedHashMap when one override
     * refines another, e.g. a distribution then one of its parameters). A field absent from the file can
     * be set; a path naming no field is an error. Problems with an override are reported with the file
     * name {@code --param}.
     */
    public static Scenario load(Path file, Map<String, String> overrides) throws ScenarioException {
        return parse(readText(file), file.toString(), overrides);
    }

    /** Parses and validates scenario text; {@code fileName} is used in error messages. */
    public static Scenario parse(String yaml, String fileName) throws ScenarioException {
        return parse(yaml, fileName, Map.of());
    }

    /** Parses and validates scenario text with overrides (see {@link #load(Path, Map)}). */
    public static Scenario parse(String yaml, String fileName, Map<String, String> overrides) throws ScenarioException {
        if (yaml.length() > MAX_CHARACTERS) {
            throw new ScenarioException(List.of(new ScenarioError(fileName, 0, 0, "", "is too large for a scenario ("
                    + yaml.length() + " characters; at most " + MAX_CHARACTERS + ")")));
        }
        Reporter reporter = new Reporter(fileName);
        YamlReader.Result read = YamlReader.read(yaml, fileName, true);
        reporter.addAll(read.errors());
        if (read.root() == null) {
            throw new ScenarioException(reporter.errors());
        }
        Node root = Overrides.apply(read.root(), overrides, reporter);
        Scenario scenario = ScenarioBinding.bind(root, reporter);
        if (reporter.hasErrors()) {
            throw new ScenarioException(reporter.errors());
        }
        return scenario;
    }

    /**
     * The text of a scenario or policy file (UTF-8): a regular file, or a pipe such as the
     * {@code /dev/fd/63} of a shell's process substitution. At most {@link #MAX_BYTES} bytes are
     * read, counted while reading, so an endless input such as {@code /dev/zero} stops early.
     *
     * @throws ScenarioException with a plain message when the file cannot be read
     */
    public static String readText(Path file) throws ScenarioException {
        if (Files.isDirectory(file)) {
            throw failure(file, "is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw failure(file, "is larger than " + MAX_BYTES / 1_000_000 + " MB, far more than any scenario"
                        + " or policy; is it the right file?");
            }
            return Utf8.decode(bytes, file.toString());
        } catch (NoSuchFileException e) {
            throw failure(file, "does not exist");
        } catch (AccessDeniedException e) {
            throw failure(file, "cannot be read: permission denied");
        } catch (IOException e) {
            throw failure(file, "cannot be read");
        }
    }

    private static ScenarioException failure(Path file, String message) {
        return new ScenarioException(List.of(new ScenarioError(file.toString(), 0, 0, "", message)));
    }
}
