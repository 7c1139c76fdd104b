package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision rules see only their view and parameters: nothing in {@code org.ordercycle.model.rules}
 * may use a department or flow class of {@code org.ordercycle.model}. A rule may import other rules
 * packages, policy, scenario records and {@code java.*}; checked on the source text, comments and
 * string literals removed.
 */
class RulesArePureTest {
    private static final Path RULES = Path.of("src/main/java/org/ordercycle/model/rules");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)");
    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "java\\..*|org\\.ordercycle\\.(?:model\\.rules|policy|scenario)\\..*");
    /** A qualified use of a model class outside the rules packages, e.g. {@code org.ordercycle.model.Order}. */
    private static final Pattern MODEL_CLASS = Pattern.compile("\\borg\\.ordercycle\\.model\\.(?!rules\\.)\\w+");

    @Test
    void rulesUseNoDepartmentOrFlowClass() {
        assertTrue(Files.isDirectory(RULES), "run from the project root: " + RULES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        List<Path> files = sources();
        for (Path file : files) {
            problems.addAll(problems(file.toString(), read(file)));
        }
        assertTrue(files.size() > 20, "scanned " + files.size() + " files");
        assertEquals(List.of(), problems);
    }

    @Test
    void theScannerSeesWhatItLooksFor() {
        String bad = """
                package org.ordercycle.model.rules.entry;
                import org.ordercycle.model.Order;
                import static org.ordercycle.model.SalesFlow.fmt;
                import org.ordercycle.stats.Ledger;
                import org.ordercycle.model.rules.forecast.Smoother;
                import java.util.Locale;
                record Bad(org.ordercycle.model.Company c) { }
                """;
        assertEquals(4, problems("Bad.java", ArchitectureTest.strip(bad)).size(),
                problems("Bad.java", ArchitectureTest.strip(bad)).toString());
        String fine = """
                package org.ordercycle.model.rules.entry;
                // import org.ordercycle.model.Order; in a comment
                import org.ordercycle.scenario.Steps;
                import org.ordercycle.policy.Lever;
                import org.ordercycle.model.rules.forecast.Smoother;
                record Fine(String s) { static final String T = "org.ordercycle.model.Order"; }
                """;
        assertEquals(List.of(), problems("Fine.java", ArchitectureTest.strip(fine)));
    }

    private static List<String> problems(String name, String code) {
        List<String> found = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            if (!ALLOWED_IMPORT.matcher(imports.group(1)).matches()) {
                found.add(name + ": imports " + imports.group(1));
            }
        }
        Matcher uses = MODEL_CLASS.matcher(IMPORT.matcher(code).replaceAll(""));
        while (uses.find()) {
            found.add(name + ": uses " + uses.group());
        }
        return found;
    }

    private static List<Path> sources() {
        try (Stream<Path> s = Files.walk(RULES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return ArchitectureTest.strip(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
