package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision rules are pure functions of a view: nothing in {@code org.ordercycle.model.rules}
 * may reach the departments, the flows or the simulation state of {@code org.ordercycle.model}.
 * A rule may use only the rules packages, policy, scenario records and {@code java.*}. Checked
 * on the source text with comments and literals removed, by imports and by qualified names.
 */
class RulesDependencyTest {
    private static final Path RULES = Path.of("src/main/java/org/ordercycle/model/rules");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(?:static\\s+)?([\\w.]+)");
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.ordercycle\\.[\\w.]+");
    private static final List<String> ALLOWED = List.of("java.", "org.ordercycle.model.rules.",
            "org.ordercycle.policy.", "org.ordercycle.scenario.");

    @Test
    void rulesUseOnlyRulesPolicyScenarioAndJava() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(RULES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 20, "scanned " + files.size() + " rule files");
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(forbidden(file.toString(), ArchitectureTest.strip(Files.readString(file))));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theScannerSeesADepartmentImport() {
        String bad = """
                package org.ordercycle.model.rules.x;
                import org.ordercycle.model.Company;
                import static org.ordercycle.model.SalesFlow.fmt;
                import org.ordercycle.model.rules.SalesFormat;
                import org.ordercycle.scenario.Steps;
                import java.util.List;
                class Bad { org.ordercycle.model.Order o; org.ordercycle.policy.Lever l; }
                """;
        assertEquals(3, forbidden("Bad.java", ArchitectureTest.strip(bad)).size(), forbidden("Bad.java", bad).toString());
    }

    private static List<String> forbidden(String file, String code) {
        List<String> hits = new ArrayList<>();
        for (Pattern p : List.of(IMPORT, QUALIFIED)) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                String name = m.groupCount() > 0 ? m.group(1) : m.group();
                if (ALLOWED.stream().noneMatch(name::startsWith) && !(p == QUALIFIED && isPackageLine(code, m.start()))) {
                    hits.add(file + ": " + name);
                }
            }
        }
        return hits.stream().distinct().toList();
    }

    /** True when the name at {@code at} is the file's own package declaration. */
    private static boolean isPackageLine(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        return code.startsWith("package", lineStart);
    }
}
